package viva;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal stays at the edge: the core packages are plain Java, tested without a terminal. */
class LayersTest {
    private static final List<String> CORE = List.of("bank", "drill", "schedule", "store", "report", "config", "convert", "completion", "text");

    @Test
    void theCoreImportsNeitherJLineNorTheCommandLineNorTheScreen() throws IOException {
        for (String pkg : CORE) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/viva", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readAllLines(file))
                            .as(file.toString())
                            .noneMatch(line -> line.matches("import (static )?(org\\.jline|picocli|viva\\.term|viva\\.cli)\\..*"));
                }
            }
        }
    }
}
