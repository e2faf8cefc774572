package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Once revealed, an answer is the person's work: ending the drill at the rating prompt keeps it, unrated. */
class KeptAnswersTest {
    @TempDir
    Path home;

    private static final String[] DRILL = {"drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--order", "bank"};

    private Cli.Result run(String stdin, String... args) {
        return new Cli(home).stdin(stdin).run(args);
    }

    private Cli.Result drill(String stdin) {
        return run(stdin, DRILL);
    }

    @Test
    void endOfInputAtTheRatingPromptKeepsTheAnswerUnratedAndHistoryListsIt() throws Exception {
        Cli.Result r = drill("B starts at zero and A is Gaussian.\n\n");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Rate it", "Kept unrated", "Answered 1 · skipped 0", "unrated 1",
                "demo-lora-init", "unrated");

        Cli.Result history = run("", "history", "--answers");
        assertThat(history.exit()).as("%s", history).isZero();
        assertThat(history.out()).contains("demo-lora-init", "unrated", "B starts at zero and A is Gaussian.");
        Cli.Result json = run("", "history", "--format", "json");
        JsonNode attempt = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(attempt.get("rating").isNull()).isTrue();
        assertThat(attempt.get("answer").asText()).isEqualTo("B starts at zero and A is Gaussian.");
    }

    @Test
    void quittingAtTheRatingPromptKeepsItTooAndTheRatedOnesStayRated() {
        Cli.Result r = drill("zero\n\ngood\ncollapse\n\n:quit\n");
        assertThat(r.out()).contains("Rated Good", "Kept unrated", "Answered 2", "Good 1", "unrated 1");
        Cli.Result history = run("", "history", "--format", "csv");
        assertThat(history.out().lines().filter(l -> l.contains("demo-")).count()).isEqualTo(2);
    }

    @Test
    void anUnratedAnswerDoesNotMoveTheScheduleNorAnyFigure() throws Exception {
        drill("zero\n\n");
        // Still a new question for the schedule, and no rated attempt for stats or reports.
        Cli.Result due = run("", "drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--due", "--order", "bank");
        assertThat(due.out()).contains("[1/2] demo-lora-init");
        Cli.Result stats = run("", "stats");
        assertThat(stats.exit()).as("%s", stats).isZero();
        assertThat(stats.out()).doesNotContain("fine-tuning");
        Cli.Result report = run("", "report", "--format", "json");
        assertThat(new ObjectMapper().readTree(report.out()).at("/summary/attempts").asInt()).isZero();
    }

    @Test
    void theIdsOfRatedAndUnratedAttemptsNeverCollide() throws Exception {
        drill("zero\n\n");
        drill("zero\n\n3\n");
        drill("zero\n\n");
        Cli.Result json = run("", "history", "--format", "json");
        Set<Long> ids = new HashSet<>();
        new ObjectMapper().readTree(json.out()).forEach(a -> ids.add(a.get("id").asLong()));
        assertThat(ids).hasSize(3);
    }

    @Test
    void noJournalIsLeftWithAnythingInItAfterAHealthyDrill() throws Exception {
        drill("zero\n\n3\n");
        Path journal = home.resolve("viva-recovery.jsonl");
        if (Files.exists(journal)) {
            assertThat(Files.readAllBytes(journal)).containsOnly(0);
        }
    }
}
