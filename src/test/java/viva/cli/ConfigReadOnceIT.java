package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings are read once a run: under strace, a one-question drill (which reads count, lang, time-scale,
 * colour, banks and the scheduler's settings) opens the configuration file exactly once. Needs strace, which
 * .ci/run installs; without it the test fails rather than passing unseen.
 */
class ConfigReadOnceIT {
    @TempDir
    Path home;

    @Test
    void aDrillOpensTheConfigurationFileOnce() throws Exception {
        Path config = home.resolve("config/viva/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "count: 3\ntime-scale: 1.5\nlang: en\ndesired-retention: 0.85\n");
        // The launcher makes its class-data archive on a first run with a drill of its own: not the run traced.
        Process warm = new ProcessBuilder(Path.of("viva").toAbsolutePath().toString(), "--version").redirectErrorStream(true).start();
        warm.getInputStream().readAllBytes();
        assertThat(warm.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Path trace = home.resolve("trace.txt");
        ProcessBuilder pb = new ProcessBuilder("strace", "-f", "-e", "trace=openat", "-o", trace.toString(),
                Path.of("viva").toAbsolutePath().toString(), "drill", "-n", "1", "-t", "moe", "--seed", "1");
        pb.environment().put("VIVA_HOME", home.resolve("data").toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("LANG", "en_US.UTF-8");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().write("Routing collapse: a load-balancing loss.\n\ngood\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> opens = Files.readAllLines(trace).stream()
                .filter(line -> line.contains("openat(") && line.contains(config.toString())).toList();
        assertThat(opens).as(String.join("\n", opens)).hasSize(1);
    }
}
