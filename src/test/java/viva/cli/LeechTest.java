package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A question failed again and again is a leech: named in stats and due, and drilled alone with --leeches. */
class LeechTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).env("VIVA_LEECH_THRESHOLD", "3");
    }

    private Cli.Result run(String stdin, String... args) {
        String[] all = Stream.concat(Arrays.stream(args),
                Stream.of("--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"))).toArray(String[]::new);
        return cli().stdin(stdin).run(all);
    }

    @Test
    void aQuestionRatedAgainThresholdTimesIsALeech() {
        for (int i = 0; i < 3; i++) {
            assertThat(run("no idea\n\n1\n", "drill", "demo-lora-init").out()).contains("Rated Again");
        }
        run("collapse\n\n1\n", "drill", "demo-moe-collapse");
        run("collapse\n\n3\n", "drill", "demo-moe-collapse");

        Cli.Result stats = cli().run("stats");
        assertThat(stats.out()).contains("Leeches (rated Again 3+ times; viva drill --leeches):", "  demo-lora-init  Again 3x")
                .doesNotContain("demo-moe-collapse  Again");
        assertThat(run("", "due").out()).contains("Leeches (rated Again 3+ times): demo-lora-init; drill them with: viva drill --leeches");

        Cli.Result drill = run(":quit\n", "drill", "--leeches");
        assertThat(drill.out()).contains("[1/1] demo-lora-init", "· 2:00 · leech");
        assertThat(run(":quit\n", "drill", "demo-moe-collapse").out()).contains("[1/1] demo-moe-collapse").doesNotContain("leech");
    }

    @Test
    void noLeechIsGoodNewsAndTheThresholdIsChecked() {
        assertThat(run("", "drill", "--leeches").out()).contains("No leech among these questions: none was rated Again 3 times.");
        Cli.Result bad = new Cli(home).env("VIVA_LEECH_THRESHOLD", "1").run("drill", "--leeches");
        assertThat(bad.exit()).as("%s", bad).isNotZero();
        assertThat(bad.err()).contains("VIVA_LEECH_THRESHOLD");
    }
}
