package viva.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill keeps running while another ./viva starts after a rebuild. The launcher then unpacks sqlite's
 * native library (and remakes the class-data archive) again; written in place, that crashed the running
 * drill at its next sqlite call and lost the answer just rated.
 */
class RebuildDuringDrillIT {
    private static final String SAMPLE = "src/test/resources/banks/sample.yaml";

    @TempDir
    Path home;

    @Test
    void aRunningDrillSurvivesTheLauncherUnpackingItsLibrariesAgain() throws Exception {
        String command = "./viva drill --no-builtin --bank " + SAMPLE + " -n 2 --order bank; echo EXIT=$?; sleep 600";
        try (TmuxPane pane = TmuxPane.start(home, 100, command)) {
            pane.await(s -> s.contains("[1/2]") && s.lines().anyMatch(l -> l.startsWith(">")));
            pane.type("B starts at zero so the update starts at zero.", 2);
            pane.await(s -> s.contains("Rate it"));
            pane.keys("3");
            pane.await(s -> s.contains("[2/2]") && s.lines().anyMatch(l -> l.startsWith(">")));

            // What a rebuild leaves behind: a jar newer than the unpacked library and the archive.
            Files.setLastModifiedTime(Path.of("target/viva.jar"), FileTime.from(Instant.now().plusSeconds(2)));
            Run other = viva("list", "--no-builtin", "--bank", SAMPLE);
            assertThat(other.exit()).as(other.output()).isZero();

            pane.type("Routing collapse; a load balancing loss fixes it.", 2);
            pane.await(s -> s.contains("Rate it"));
            pane.keys("4");
            assertThat(pane.await(s -> s.contains("EXIT="))).contains("Answered 2", "EXIT=0");
        }
        Run history = viva("history", "--format", "csv");
        assertThat(history.exit()).as(history.output()).isZero();
        assertThat(history.output()).contains("demo-lora-init", "demo-moe-collapse");
        try (Stream<Path> files = Files.list(Path.of(""))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err_pid"));
        }
    }

    private record Run(int exit, String output) {
    }

    private Run viva(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./viva"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildEnvironment.reset(builder.environment(), home);
        Process p = builder.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("./viva " + String.join(" ", args) + " did not finish: " + output);
        }
        return new Run(p.exitValue(), output);
    }
}
