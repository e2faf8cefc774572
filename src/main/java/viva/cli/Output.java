package viva.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where report, import and export write: standard output, or a file. One rule for all three: an existing
 * file is never overwritten without --force, the folder must exist (it is named when it does not), and the
 * file is replaced only once the whole text is written, so a failure never leaves half of one.
 */
final class Output {
    private Output() {
    }

    /** What writes a long text straight to its destination, so that it is never held whole. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    static void write(PrintWriter out, Path file, boolean force, String text) throws IOException {
        write(out, file, force, w -> w.write(text));
    }

    static void write(PrintWriter out, Path file, boolean force, Text text) throws IOException {
        if (file == null) {
            text.writeTo(out);
            out.flush();
            return;
        }
        if (Files.exists(file) && !force) {
            throw new VivaException(ExitCode.DATA, file + " already exists; use --force to overwrite it");
        }
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new VivaException(ExitCode.DATA, "cannot write " + file + ": the folder " + folder
                    + (Files.exists(folder) ? " is a file" : " does not exist") + " (create it, or write elsewhere)");
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                text.writeTo(w);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
