package viva.cli;

import org.jline.terminal.Terminal;
import viva.text.Columns;

import java.io.IOException;

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
        try (Terminal terminal = EarlyTerminal.take(context)) {
            return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
        } catch (IOException e) {
            return 80;
        }
    }
}
