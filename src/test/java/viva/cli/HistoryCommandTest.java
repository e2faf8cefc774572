package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;
import viva.report.ReportFormatsTestAccess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill over a pipe keeps its attempts; history shows them back in each format. */
class HistoryCommandTest {
    @TempDir
    Path home;

    static final String BANK = Cli.fixture("banks/sample.yaml");

    /** Two questions in bank order: a typed answer with a '|' and a tag, then one answered aloud. */
    static Cli.Result drillTwo(Path home) {
        return new Cli(home).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("B starts at zero | A is <b>Gaussian</b>\n\ngood\n\nhard\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
    }

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC");
    }

    /** --limit 0 streams the whole history as it is read: the same bytes as the history held whole, in both formats. */
    @Test
    void theWholeHistoryStreamedIsTheHistoryHeld() {
        assertThat(cli().run("history", "--format", "json", "--limit", "0").out()).isEqualTo("[ ]\n");
        drillTwo(home);
        for (String format : List.of("json", "csv")) {
            Cli.Result streamed = cli().run("history", "--format", format, "--limit", "0", "--no-builtin", "--bank", BANK);
            Cli.Result held = cli().run("history", "--format", format, "--limit", "1000", "--no-builtin", "--bank", BANK);
            assertThat(streamed.exit()).as("%s", streamed).isZero();
            assertThat(streamed.out()).isEqualTo(held.out()).contains("demo-lora-init", "demo-moe-collapse");
        }
    }

    @Test
    void bothAttemptsOfADrillAreListedNewestFirst() {
        assertThat(drillTwo(home).out()).contains("Export this session: viva report --session last");
        Cli.Result r = cli().run("history", "--no-builtin", "--bank", BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).hasSize(4);
        assertThat(r.out()).contains("WHEN", "QUESTION", "demo-moe-collapse", "demo-lora-init", "Hard", "aloud", "Good", "67%",
                "2 attempts shown, newest first").doesNotContain("B starts at zero");
        assertThat(r.out().indexOf("demo-moe-collapse")).isLessThan(r.out().indexOf("demo-lora-init"));
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void answersAreShownForOneQuestion() {
        drillTwo(home);
        Cli.Result r = cli().run("history", "--question", "demo-lora-init", "--answers", "--no-builtin", "--bank", BANK);
        assertThat(r.out()).contains("demo-lora-init", "    B starts at zero | A is <b>Gaussian</b>").doesNotContain("demo-moe-collapse");
    }

    @Test
    void jsonCarriesEveryFieldAndTheAnswer() throws Exception {
        drillTwo(home);
        JsonNode json = new ObjectMapper().readTree(cli().run("history", "--format", "json", "--no-builtin", "--bank", BANK).out());
        assertThat(json).hasSize(2);
        JsonNode typed = json.get(1);
        assertThat(typed.get("question").asText()).isEqualTo("demo-lora-init");
        assertThat(typed.get("session").asLong()).isEqualTo(1);
        assertThat(typed.get("mode").asText()).isEqualTo("drill");
        assertThat(typed.get("bank").asText()).isEqualTo(BANK);
        assertThat(typed.get("lang").asText()).isEqualTo("en");
        assertThat(typed.get("tags").toString()).isEqualTo("[\"fine-tuning\",\"lora\"]");
        assertThat(typed.get("budget_seconds").asDouble()).isEqualTo(120.0);
        assertThat(typed.get("rating").asInt()).isEqualTo(3);
        assertThat(typed.get("coverage").asInt()).isEqualTo(67);
        assertThat(typed.get("points_covered").toString()).isEqualTo("[true,true,false]");
        assertThat(typed.get("answer").asText()).isEqualTo("B starts at zero | A is <b>Gaussian</b>");
        assertThat(typed.get("text_hash").asText()).hasSize(16);
        assertThat(typed.get("changed_since").asBoolean()).isFalse();
        assertThat(json.get(0).get("answer").isNull()).isTrue();
    }

    @Test
    void filtersByTagSinceLimitAndSession() throws Exception {
        drillTwo(home);
        assertThat(cli().run("history", "-t", "moe", "--format", "csv").out().lines().count()).isEqualTo(2);
        assertThat(cli().run("history", "--limit", "1", "--format", "csv").out()).contains("demo-moe-collapse").doesNotContain("demo-lora-init");
        assertThat(cli().run("history", "--since", "2026-11-21", "--format", "json").out().strip()).isEqualTo("[ ]");
        assertThat(cli().run("history", "--since", "2026-11-20", "--format", "json").out()).contains("demo-lora-init");
        assertThat(cli().run("history", "--session", "last", "--format", "csv").out().lines().count()).isEqualTo(3);
    }

    @Test
    void csvHasAHeaderAndOneRowPerAttempt() throws Exception {
        drillTwo(home);
        var rows = ReportFormatsTestAccess.readCsv(cli().run("history", "--format", "csv").out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("question", "demo-lora-init").containsEntry("tags", "fine-tuning lora")
                .containsEntry("answer", "B starts at zero | A is <b>Gaussian</b>");
    }

    @Test
    void noHistoryYetIsNotAnErrorAndCreatesNoFile() {
        Cli.Result r = cli().run("history");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("No attempts match.");
        assertThat(home.resolve("viva.db")).doesNotExist();
    }

    @Test
    void badValuesAreUsageErrors() {
        Cli.Result since = cli().run("history", "--since", "yesterday-ish");
        assertThat(since.exit()).as("%s", since).isEqualTo(2);
        assertThat(since.err()).startsWith("viva: invalid value for option '--since': 'yesterday-ish' is not a time");
        Cli.Result session = cli().run("history", "--session", "last");
        assertThat(session.exit()).as("%s", session).isEqualTo(2);
        assertThat(session.err()).contains("there is no session with a rated answer yet");
        assertThat(cli().run("history", "--limit", "-1").exit()).isEqualTo(2);
    }

    @Test
    void aCorruptHistoryIsOneLineNamingTheFile() throws Exception {
        Path db = home.resolve("viva.db");
        Files.writeString(db, "garbage ".repeat(200));
        for (String command : new String[]{"history", "stats", "report"}) {
            Cli.Result r = cli().run(command);
            assertThat(r.exit()).as(command).isEqualTo(1);
            assertThat(r.err().lines().toList()).as(command).hasSize(1);
            assertThat(r.err()).startsWith("viva: cannot use the history " + db).contains("left untouched")
                    .doesNotContain("Exception", "\tat ");
        }
        Cli.Result drill = new Cli(home).stdin("x\n\ngood\n").run("drill", "--no-builtin", "--bank", BANK);
        assertThat(drill.exit()).as("%s", drill).isEqualTo(1);
        assertThat(drill.out()).doesNotContain("[1/");
        assertThat(drill.err()).contains(db.toString());
        assertThat(Files.readString(db)).isEqualTo("garbage ".repeat(200));
    }
}
