package viva.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command that opens a file at a line in the user's editor: $VISUAL, else $EDITOR, else vi. Most
 * terminal editors take +LINE; the graphical ones each have their own way, and those are known here.
 */
public final class EditorCommand {
    private EditorCommand() {
    }

    public static List<String> of(Map<String, String> env, Path file, int line, int column) {
        String editor = first(env.get("VISUAL"), env.get("EDITOR"), "vi");
        // Split like a shell would for the common 'code --wait'; quoting in $EDITOR is rare enough to leave out.
        List<String> command = new ArrayList<>(Arrays.asList(editor.strip().split("\\s+")));
        String name = Path.of(command.get(0)).getFileName().toString();
        String where = file + ":" + line + ":" + column;
        switch (name) {
            case "code", "code-insiders", "codium", "cursor" -> command.addAll(List.of("--goto", where));
            case "subl", "sublime_text", "zed" -> command.add(where);
            case "idea", "pycharm", "clion", "goland" -> command.addAll(List.of("--line", String.valueOf(line), file.toString()));
            default -> command.addAll(List.of("+" + line, file.toString()));
        }
        return command;
    }

    private static String first(String... choices) {
        return Arrays.stream(choices).filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow();
    }
}
