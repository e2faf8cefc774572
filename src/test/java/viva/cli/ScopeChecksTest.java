package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** history, stats and report check -t and --question as drill does, and still serve what only the history has. */
class ScopeChecksTest {
    @TempDir
    Path home;

    @TempDir
    Path banks;

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC");
    }

    @Test
    void aMistypedTagIsTheUsageErrorDrillGives() {
        Cli.Result drill = cli().run("drill", "-t", "mooe");
        assertThat(drill.exit()).as("%s", drill).isEqualTo(2);
        for (String command : new String[] {"history", "stats", "report"}) {
            Cli.Result r = cli().run(command, "-t", "mooe");
            assertThat(r.exit()).as("%s", r).isEqualTo(2);
            assertThat(r.err()).isEqualTo(drill.err()).startsWith("viva: unknown tag 'mooe'; closest: moe");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void everyTagOfAListIsChecked() {
        Cli.Result r = cli().run("history", "-t", "moe,atention");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).startsWith("viva: unknown tag 'atention'; closest: attention");
    }

    @Test
    void aKnownTagInAnyCaseIsNoError() {
        for (String command : new String[] {"history", "stats", "report"}) {
            Cli.Result r = cli().run(command, "-t", "MoE");
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void aMistypedQuestionIsAUsageErrorWithTheClosestIds() {
        Cli.Result r = cli().run("history", "--question", "moe-routing-colapse");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).startsWith("viva: no question with id 'moe-routing-colapse'; closest: moe-routing-collapse");
    }

    @Test
    void idsAndTagsOnlyTheHistoryHasStillWork() throws IOException {
        Path bank = drillAGoneQuestion();
        Files.delete(bank);
        Cli.Result byId = cli().run("history", "--question", "demo-gone");
        assertThat(byId.exit()).as("%s", byId).isZero();
        assertThat(byId.out()).contains("demo-gone", "1 attempt");
        Cli.Result byTag = cli().run("history", "-t", "gone-tag");
        assertThat(byTag.exit()).as("%s", byTag).isZero();
        assertThat(byTag.out()).contains("demo-gone");
        Cli.Result stats = cli().run("stats", "-t", "gone-tag");
        assertThat(stats.exit()).as("%s", stats).isZero();
        assertThat(stats.out()).contains("gone-tag");
        Cli.Result report = cli().run("report", "-t", "gone-tag", "--format", "csv");
        assertThat(report.exit()).as("%s", report).isZero();
        assertThat(report.out()).contains("demo-gone");
    }

    /** A configured bank that does not load leaves the history readable: ids are checked against it alone. */
    @Test
    void withBanksThatDoNotLoadTheHistoryDecides() throws IOException {
        drillAGoneQuestion();
        Path broken = Files.writeString(banks.resolve("broken.yaml"), "questions: [\n");
        Cli cli = cli().env("VIVA_BANKS", broken.toString());
        Cli.Result known = cli.run("history", "--question", "demo-gone");
        assertThat(known.exit()).as("%s", known).isZero();
        assertThat(known.out()).contains("demo-gone");
        Cli.Result tag = cli.run("history", "-t", "gone-tag");
        assertThat(tag.exit()).as("%s", tag).isZero();
        Cli.Result unknown = cli.run("history", "--question", "nope");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).startsWith("viva: no question with id 'nope'; see 'viva list --format ids'");
        Cli.Result unknownTag = cli.run("history", "-t", "mooe");
        assertThat(unknownTag.exit()).as("%s", unknownTag).isEqualTo(2);
        assertThat(unknownTag.err()).startsWith("viva: unknown tag 'mooe'");
    }

    /** One rated attempt at a question of a bank of its own, whose id and tag no built-in bank has; gives the bank. */
    private Path drillAGoneQuestion() throws IOException {
        String sample = Files.readString(Path.of(HistoryCommandTest.BANK));
        Path bank = Files.writeString(banks.resolve("gone.yaml"),
                sample.replace("demo-lora-init", "demo-gone").replace("[fine-tuning, lora]", "[gone-tag]"));
        Cli.Result drill = cli().stdin("B starts at zero\n\ngood\n")
                .run("drill", "--no-builtin", "--bank", bank.toString(), "-t", "gone-tag", "-n", "1");
        assertThat(drill.exit()).as("%s", drill).isZero();
        return bank;
    }
}
