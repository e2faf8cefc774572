package viva.cli;

import viva.convert.Editor;
import viva.drill.Composer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * ':edit' in the person's own editor. The draft goes to a file of its own that only its owner can read,
 * opened at its end, where writing goes on; the file is removed once read back.
 */
final class AnswerEditor implements Composer {
    private final Map<String, String> env;

    AnswerEditor(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String compose(String draft) throws IOException {
        // createTempFile makes the file readable by its owner only, where the file system has owners.
        Path file = Files.createTempFile("viva-answer-", ".md");
        try {
            Files.writeString(file, draft, StandardCharsets.UTF_8);
            int status = Editor.open(env, file, (int) draft.lines().count() + 1, 1);
            if (status != 0) {
                throw new IOException("the editor (" + Editor.name(env) + ") exited with status " + status);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the editor was open", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
