package viva.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's editor: $VISUAL, else $EDITOR, else vi, and how to open a file at a line in it. The terminal
 * editors known here take +LINE, the graphical ones each their own way; an editor viva does not know gets the
 * file alone, since a "+12" it does not understand could open a second, empty file of that name.
 */
public final class Editor {
    /** Editors that read +LINE before the file, as vi does. */
    private static final Set<String> PLUS_LINE = Set.of("vi", "vim", "nvim", "gvim", "mvim", "view", "vis", "nano", "pico",
            "emacs", "emacsclient", "micro", "hx", "helix", "kak", "joe", "jed", "ne", "mg", "mcedit");

    private Editor() {
    }

    public static List<String> command(Map<String, String> env, Path file, int line, int column) {
        String editor = first(env.get("VISUAL"), env.get("EDITOR"), "vi");
        // Split like a shell would for the common 'code --wait'; quoting in $EDITOR is rare enough to leave out.
        List<String> command = new ArrayList<>(Arrays.asList(editor.strip().split("\\s+")));
        String name = Path.of(command.get(0)).getFileName().toString();
        String where = file + ":" + line + ":" + column;
        switch (name) {
            case "code", "code-insiders", "codium", "cursor" -> command.addAll(List.of("--goto", where));
            case "subl", "sublime_text", "zed" -> command.add(where);
            case "idea", "pycharm", "clion", "goland" -> command.addAll(List.of("--line", String.valueOf(line), file.toString()));
            default -> {
                if (PLUS_LINE.contains(name)) {
                    command.add("+" + line);
                }
                command.add(file.toString());
            }
        }
        return command;
    }

    /**
     * Opens the file at the line and waits for the editor to end; it shares viva's terminal.
     *
     * @return the editor's exit status
     */
    public static int open(Map<String, String> env, Path file, int line, int column) throws IOException, InterruptedException {
        return new ProcessBuilder(command(env, file, line, column)).inheritIO().start().waitFor();
    }

    /** The editor's name as the person set it, for messages. */
    public static String name(Map<String, String> env) {
        return first(env.get("VISUAL"), env.get("EDITOR"), "vi").strip().split("\\s+")[0];
    }

    private static String first(String... choices) {
        return Arrays.stream(choices).filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow();
    }
}
