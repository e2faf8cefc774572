package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A suspended question stays out of every drill, mock and plan until it is taken back. */
class SuspendCommandTest {
    @TempDir
    Path home;

    private static final String[] BANK = {"--no-builtin", "--bank", Cli.fixture("banks/sample.yaml")};

    private Cli.Result run(String stdin, String... args) {
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(BANK)).toArray(String[]::new);
        return new Cli(home).stdin(stdin).run(all);
    }

    @Test
    void aSuspendedQuestionIsLeftOutOfDrillsAndPlansUntilUnsuspended() {
        Cli.Result s = run("", "suspend", "demo-lora-init");
        assertThat(s.exit()).as("%s", s).isZero();
        assertThat(s.out()).contains("Suspended 1 question;");
        assertThat(run("", "list", "--suspended", "--format", "ids").out().lines()).containsExactly("demo-lora-init");

        Cli.Result drill = run(":quit\n", "drill", "--order", "bank");
        assertThat(drill.out()).contains("[1/1] demo-moe-collapse").doesNotContain("demo-lora-init ·");
        assertThat(run("", "due").out()).contains("1 new left today");
        // Named on the command line, it is drilled all the same: the person asked for it.
        assertThat(run(":quit\n", "drill", "demo-lora-init").out()).contains("[1/1] demo-lora-init");

        Cli.Result u = new Cli(home).run("unsuspend", "demo-lora-init");
        assertThat(u.exit()).as("%s", u).isZero();
        assertThat(u.out()).contains("Unsuspended 1 question.");
        assertThat(run(":quit\n", "drill", "--order", "bank").out()).contains("[1/2] demo-lora-init");
    }

    @Test
    void suspendingTwiceSaysSoAndUnknownIdsAreRefused() {
        run("", "suspend", "demo-lora-init");
        assertThat(run("", "suspend", "demo-lora-init", "demo-moe-collapse").out()).contains("Suspended 1 question (the others were already)");
        Cli.Result unknown = run("", "suspend", "demo-lora-int");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).contains("no question with id 'demo-lora-int'", "demo-lora-init");
        Cli.Result notSuspended = new Cli(home).run("unsuspend", "demo-lora-inti");
        assertThat(notSuspended.exit()).as("%s", notSuspended).isEqualTo(2);
        assertThat(notSuspended.err()).contains("'demo-lora-inti' is not suspended", "demo-lora-init");
    }
}
