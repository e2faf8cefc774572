package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slipped rating is taken back with :undo at the next question, as in Anki: history and schedule forget it.
 * A question that needs editing is flagged with :flag, listed by 'list --flagged' and cleared by 'unflag'.
 */
class UndoTest {
    @TempDir
    Path home;

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");
    private static final String[] DRILL = {"drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank"};

    private Cli.Result run(String stdin, String... args) {
        return new Cli(home).stdin(stdin).run(args);
    }

    @Test
    void undoAtTheNextQuestionRatesTheLastOneAgainAndOnlyTheNewRatingIsKept() throws Exception {
        // Rated Again by mistake, taken back at question 2, rated Good, then question 2 answered and rated.
        Cli.Result r = run("B starts at zero.\n\nagain\n:undo\ngood\nrouting collapse\n\ngood\n", DRILL);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Took back the rating of demo-lora-init (Again); rate it again.")
                .contains("Answered 2", "Good 2").doesNotContain("Again 1");

        JsonNode history = new ObjectMapper().readTree(run("", "history", "--format", "json").out());
        List<String> rows = new ArrayList<>();
        history.forEach(a -> rows.add(a.get("question").asText() + " " + a.get("rating").asInt()));
        assertThat(rows).containsExactlyInAnyOrder("demo-lora-init 3", "demo-moe-collapse 3");
        assertThat(history.get(0).get("answer").asText()).isNotEmpty();

        // The schedule never saw the Again: neither question is due again today.
        Cli.Result due = run("", "drill", "--no-builtin", "--bank", SAMPLE, "--due", "--new", "0");
        assertThat(due.out()).contains("Nothing is due");
    }

    @Test
    void withNothingRatedYetUndoSaysSoAndTheQuestionGoesOn() {
        Cli.Result r = run(":undo\nB starts at zero.\n\ngood\n", "drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank", "-n", "1");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Nothing to undo: no answer has been rated in this drill yet.", "Rated Good", "Answered 1");
    }

    @Test
    void undoIsListedByHelp() {
        Cli.Result r = run(":help\n:quit\n", "drill", "--no-builtin", "--bank", SAMPLE, "-n", "1");
        assertThat(r.out()).contains(":undo  take back the last rating and rate that question again");
    }

    @Test
    void flagMarksTheQuestionForEditingWithoutEndingTheAnswer() {
        Cli.Result r = run(":flag\nB starts at zero.\n\ngood\n", "drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank", "-n", "1");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Flagged demo-lora-init for editing", "Rated Good", "Answered 1");
        Cli.Result flagged = run("", "list", "--no-builtin", "--bank", SAMPLE, "--flagged", "--format", "ids");
        assertThat(flagged.exit()).as("%s", flagged).isZero();
        assertThat(flagged.out()).isEqualTo("demo-lora-init\n");
        // The flag went into the history only: the answer text has no ':flag' in it.
        assertThat(run("", "history", "--answers").out()).contains("B starts at zero.").doesNotContain(":flag");

        Cli.Result wrong = run("", "unflag", "demo-lora-int");
        assertThat(wrong.exit()).as("%s", wrong).isEqualTo(2);
        assertThat(wrong.err()).contains("'demo-lora-int' is not flagged; flagged: demo-lora-init");
        Cli.Result unflag = run("", "unflag", "demo-lora-init");
        assertThat(unflag.exit()).as("%s", unflag).isZero();
        assertThat(run("", "list", "--no-builtin", "--bank", SAMPLE, "--flagged", "--format", "ids").out()).isEmpty();
    }

    /** A pasted block ends in its own newline: one more Enter submits it, and no blank line is kept after it. */
    @Test
    void aPastedBlockSubmitsWithOneMoreEnterAndKeepsNoTrailingBlankLines() throws Exception {
        Cli.Result r = run("B starts at zero,\n  so B times A is zero.\n\ngood\n", "drill", "--no-builtin", "--bank", SAMPLE,
                "--order", "bank", "-n", "1");
        assertThat(r.exit()).as("%s", r).isZero();
        JsonNode kept = new ObjectMapper().readTree(run("", "history", "--format", "json").out()).get(0);
        assertThat(kept.get("answer").asText()).isEqualTo("B starts at zero,\n  so B times A is zero.");
    }
}
