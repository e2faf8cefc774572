package viva.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One meaning of "weak": drill --weak and the report's weakest questions agree, and ratings count right away. */
class WeakTest {
    @TempDir
    Path home;

    private static final String[] BANK = {"--no-builtin", "--bank", Cli.fixture("banks/sample.yaml")};

    private Cli.Result run(String stdin, String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(BANK)).toArray(String[]::new);
        return new Cli(home).stdin(stdin).run(all);
    }

    @Test
    void aQuestionRatedAgainComesBeforeOneRatedEasyRightAfterBothWereRated() throws Exception {
        // The Again one has the better coverage, and recall is alike right after rating: only the rating tells them apart.
        assertThat(run("no idea\n\neasy\nRouting collapse onto a few experts; a load-balancing auxiliary loss fixes it.\n\nagain\n", "drill", "--order", "bank", "-n", "2", "-t", "moe,lora").exit())
                .isZero();
        Cli.Result weak = run("", "drill", "--weak", "-n", "5");
        assertThat(weak.out()).startsWith("\n[1/2] demo-moe-collapse");
        var report = new ObjectMapper().readTree(new Cli(home).run("report", "--format", "json").out());
        assertThat(report.get("weakest").get(0).asText()).isEqualTo("demo-moe-collapse");
    }
}
