package viva.cli;

import viva.text.JsonText;

import java.io.PrintWriter;

/** JSON output for scripts: one pretty-printed document. */
final class Json {
    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(JsonText.pretty(value));
        out.flush();
    }
}
