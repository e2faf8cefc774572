package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill over a pipe: the protocol README documents, driven through the real command. */
class LineProtocolTest {
    @TempDir
    Path home;

    private static final String[] DRILL = {"drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--order", "bank"};

    private Cli.Result drill(String stdin, String... extra) {
        String[] args = Stream.concat(Arrays.stream(DRILL), Arrays.stream(extra)).toArray(String[]::new);
        return new Cli(home).stdin(stdin).run(args);
    }

    @Test
    void aTypedAnswerIsCheckedAgainstTheKeyPointsAndRated() {
        Cli.Result r = drill("B starts at zero,\nA is Gaussian.\n\n3\n", "-n", "1");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("[1/1] demo-lora-init · fine-tuning, lora · medium · 2:00",
                "How are the two LoRA matrices initialised, and why?",
                "── Model answer", "Key points: 2/3 covered (67%)", "  1 ✓ B starts at zero", "  2 ✓ A is random Gaussian",
                "  3 ✗ the adapted model starts identical to the pretrained one",
                "Follow-ups an interviewer may ask", "Rated Good",
                "Answered 1 · skipped 0", "Mean coverage 67%", "ratings Again 0, Hard 0, Good 1, Easy 0");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    /** The reveal puts the question and the answer given above the model answer: the three are read together. */
    @Test
    void theRevealRestatesTheQuestionAndTheAnswerGiven() {
        Cli.Result r = drill("B starts at zero,\nA is Gaussian.\n\n3\n", "-n", "1");
        String out = r.out();
        int reveal = out.indexOf("── Question");
        assertThat(reveal).isPositive();
        String shown = out.substring(reveal);
        assertThat(shown).containsSubsequence("── Question", "  How are the two LoRA matrices initialised, and why?",
                "── Your answer", "  B starts at zero,", "  A is Gaussian.", "── Model answer", "Key points: 2/3 covered");
        assertThat(drill("\ngood\n", "-n", "1").out()).containsSubsequence("── Your answer", "  (answered aloud)", "── Model answer");
    }

    @Test
    void aBlankFirstLineMeansAnsweredAloud() {
        Cli.Result r = drill("\ngood\n", "-n", "1");
        assertThat(r.out()).contains("Key points (answered aloud: check yourself)", "  1 • B starts at zero", "Rated Good", "Mean coverage n/a");
    }

    @Test
    void hintsAreShownInTurnAndCounted() {
        Cli.Result r = drill(":hint\n:hint\n:hint\nzero\n\n2\n", "-n", "1");
        assertThat(r.out()).contains("Hint 1/2: What does the product BA equal at step 0?",
                "Hint 2/2: What would the gradient of A be if B were zero too?", "No more hints.", "hints used 2");
    }

    @Test
    void skipMovesOnAndIsCountedInTheSummary() {
        Cli.Result r = drill(":skip\ncollapse\n\ne\n");
        assertThat(r.out()).contains("[2/2] demo-moe-collapse", "Rated Easy", "Answered 1 · skipped 1", "demo-lora-init", "skipped");
        // A skipped id longer than every answered one still lines up with them.
        Cli.Result longer = drill("zero\n\n3\n:skip\n");
        assertThat(longer.out()).contains("\n  demo-lora-init     0:", "\n  demo-moe-collapse  skipped\n");
    }

    @Test
    void helpListsTheCommandsAndAMistypedOneIsRefusedNotSaved() {
        Cli.Result r = drill(":help\n:skipp\n:frobnicate\nB starts at zero\n:) and A is Gaussian\n\n3\n", "-n", "1");
        assertThat(r.out()).contains("  :hint  the next hint", "  :quit  end the drill",
                "':skipp' is not a command; did you mean :skip? Type :help for the list (it was not added to your answer).",
                "':frobnicate' is not a command", "Rated Good");
        assertThat(r.out()).doesNotContain("did you mean :skip? Type :help for the list (it was not added to your answer).\n[2/");
        Cli.Result history = new Cli(home).run("history", "--answers");
        assertThat(history.out()).contains("B starts at zero", ":) and A is Gaussian").doesNotContain(":skipp", ":frobnicate");
    }

    /** ':reveal' shows the model answer and moves on: nothing is rated or stored, and it counts as skipped. */
    @Test
    void revealShowsTheModelAnswerWithoutARatingAndCountsAsSkipped() {
        Cli.Result r = drill(":reveal\ncollapse\n\n3\n");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).containsSubsequence("[1/2] demo-lora-init", "(none: shown with :reveal, counted as skipped)",
                "── Model answer", "Key points (not rated)", "[2/2] demo-moe-collapse", "Rated Good", "Answered 1 · skipped 1");
        assertThat(new Cli(home).run("history", "--format", "json").out()).doesNotContain("demo-lora-init");
    }

    @Test
    void aBadRatingLineIsAskedAgain() {
        Cli.Result r = drill("zero\n\n7\nbrilliant\nhard\n", "-n", "1");
        assertThat(r.out()).contains("'7' is not a rating; type 1-4 or again, hard, good, easy",
                "'brilliant' is not a rating", "Rated Hard");
    }

    @Test
    void endOfInputEndsTheSessionWithTheSummary() {
        Cli.Result r = drill("zero\n\n1\nhalf an answer\n");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Rated Again", "── Summary", "Answered 1 · skipped 0");
    }

    @Test
    void quitEndsTheSessionWithTheSummary() {
        Cli.Result r = drill(":quit\n");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("── Summary", "Answered 0 · skipped 0", "No question was rated.");
    }

    @Test
    void timeOverTheBudgetIsReportedPerQuestionAndCounted() {
        // Every read of the clock moves it on by 100s: from start to submit, the answer takes 1:40 of its 1:30.
        StepClock clock = new StepClock(Instant.parse("2026-11-23T09:00:00Z"), Duration.ofSeconds(100));
        Cli.Result r = new Cli(home).clock(clock).stdin("collapse\n\n3\n")
                .run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "-t", "moe");
        assertThat(r.out()).contains("Time 1:40 / 1:30  +0:10 over", "over budget 1");
    }

    @Test
    void timeScaleMultipliesEveryBudget() {
        Cli.Result r = drill(":quit\n", "--time-scale", "1.5");
        assertThat(r.out()).contains("[1/2] demo-lora-init · fine-tuning, lora · medium · 3:00");
    }

    @Test
    void chineseComesFromTheLocaleOrTheFlag() {
        Cli.Result byLocale = new Cli(home).env("LANG", "zh_CN.UTF-8").stdin("B 初始化为零,A 用高斯。\n\n3\n")
                .run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "-t", "lora");
        assertThat(byLocale.out()).contains("LoRA 的两个矩阵如何初始化?为什么?", "要点：覆盖 2/3（67%）", "  1 ✓ B 初始化为零");
        Cli.Result byFlag = drill(":quit\n", "--lang", "en");
        assertThat(byFlag.out()).contains("How are the two LoRA matrices");
    }

    @Test
    void theSameSeedAsksTheSameQuestions() {
        Cli.Result a = new Cli(home).stdin(":quit\n").run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--seed", "9");
        Cli.Result b = new Cli(home).stdin(":quit\n").run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--seed", "9");
        assertThat(a.out().lines().filter(l -> l.startsWith("[1/2]"))).isEqualTo(b.out().lines().filter(l -> l.startsWith("[1/2]")).toList());
    }

    /** The summary gives the drill again as a command to copy; a drill that asked nothing gives none. */
    @Test
    void theSummaryGivesTheSameDrillAgainAsOneCommand() {
        Cli.Result r = drill("zero\n\n3\n:skip\n");
        assertThat(r.out()).contains("Same questions again: viva drill demo-lora-init demo-moe-collapse");
        assertThat(drill(":quit\n").out()).doesNotContain("Same questions again");
        Cli.Result again = new Cli(home).stdin("collapse\n\n3\nzero\n\n3\n").run("drill", "--no-builtin", "--bank",
                Cli.fixture("banks/sample.yaml"), "demo-moe-collapse", "demo-lora-init");
        assertThat(again.exit()).as("%s", again).isZero();
        assertThat(again.out()).contains("[1/2] demo-moe-collapse", "[2/2] demo-lora-init");
    }

    @Test
    void idsAndFiltersTogetherAreRefusedWithTheReason() {
        Cli.Result r = new Cli(home).run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "demo-lora-init", "-t", "moe");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("question ids choose the drill themselves; drop --tag or the ids");
        Cli.Result unknown = new Cli(home).run("drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "demo-lora-int");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).contains("no question with id 'demo-lora-int'", "demo-lora-init");
    }
}
