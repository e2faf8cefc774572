package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** ./viva linked into a folder on PATH (ln -s .../viva ~/bin/viva) runs the project it points to. */
class LauncherLinkIT {
    @TempDir
    Path bin;

    @Test
    void theLauncherFollowsALinkToItsProject() throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("viva"), Path.of("viva").toAbsolutePath());
        Process p = new ProcessBuilder(link.toString(), "--version").directory(bin.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("viva ").doesNotContain("pom.xml", "mvn", "No such file");
        // Nothing was built or written where the link lies.
        try (var listing = Files.list(bin)) {
            assertThat(listing).containsExactly(link);
        }
    }
}
