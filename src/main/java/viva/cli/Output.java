package viva.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where import and export write: standard output, or a file that is never overwritten without --force. */
final class Output {
    private Output() {
    }

    static void write(PrintWriter out, Path file, boolean force, String text) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        if (Files.exists(file) && !force) {
            throw new VivaException(ExitCode.DATA, file + " already exists; use --force to overwrite it");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }
}
