package viva.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares output with a file under src/test/resources/report. Run with -Dviva.golden.update=true to
 * rewrite the files after an intended change, then review the diff.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/report");

    private Golden() {
    }

    public static void check(String name, String actual) throws Exception {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("viva.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        Path seen = Path.of("target/golden-actual").resolve(name);
        Files.createDirectories(seen.getParent());
        Files.writeString(seen, actual, StandardCharsets.UTF_8);
        assertThat(file).as("golden file %s (actual output in %s)", file, seen).exists();
        assertThat(actual).as("%s differs from %s", seen, file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
