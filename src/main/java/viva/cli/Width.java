package viva.cli;

import viva.term.EarlyTerminal;
import viva.text.Columns;

/** How wide output may be: the terminal's width, COLUMNS when set, or unlimited for a pipe. */
final class Width {

    private Width() {
    }

    static int of(Context context) {
        String columns = context.env().get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        if (!context.interactive()) {
            return Columns.UNLIMITED;
        }
        return EarlyTerminal.width(context.charset());
    }
}
