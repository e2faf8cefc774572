package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;
import viva.store.Scope;
import viva.store.Store;
import viva.store.StoredAttempt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** drill --due/--weak/--exam, due and mock, through the real commands with a private history and a set clock. */
class ScheduleCommandsTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final String BANK = Cli.fixture("banks/sample.yaml");

    @TempDir
    Path home;

    private Cli at(Instant now) {
        return new Cli(home).clock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private Cli.Result drill(Instant now, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("drill", "--no-builtin", "--bank", BANK));
        all.addAll(List.of(args));
        return at(now).stdin(stdin).run(all.toArray(String[]::new));
    }

    @Test
    void afterEachRatingTheDrillSaysWhenTheQuestionComesBack() {
        Cli.Result r = drill(MONDAY, "zero\n\ngood\n", "-t", "lora");
        assertThat(r.out()).contains("Rated Good · again in 10 minutes");
        Cli.Result later = drill(MONDAY.plus(Duration.ofMinutes(15)), "zero\n\ngood\n", "-t", "lora");
        assertThat(later.out()).containsPattern("Rated Good · again in \\d+ days");
    }

    @Test
    void dueTakesWhatIsDueAndCapsNewQuestionsPerDayAcrossSessions() {
        Cli.Result first = drill(MONDAY, "zero\n\ngood\n", "--due", "--new", "1");
        assertThat(first.out()).contains("[1/1]");
        Cli.Result again = drill(MONDAY.plus(Duration.ofHours(2)), "collapse\n\ngood\n", "--due", "--new", "1");
        // The one introduced this morning is due again (its learning step passed); no second new one today.
        assertThat(again.out()).contains("[1/1]").doesNotContain("[1/2]");
        Cli.Result nothing = drill(MONDAY.plus(Duration.ofHours(3)), "", "--due", "--new", "1");
        assertThat(nothing.exit()).as("%s", nothing).isZero();
        assertThat(nothing.out()).contains("Nothing is due, and no new question is left for today.");
        Cli.Result tomorrow = drill(MONDAY.plus(Duration.ofDays(1)), ":quit\n", "--due", "--new", "1");
        assertThat(tomorrow.out()).contains("[1/1] demo-");
    }

    @Test
    void dueShowsWhatIsDueNowAndAForecastPerTag() {
        drill(MONDAY, "zero\n\nagain\n", "-t", "lora");
        Cli.Result r = at(MONDAY.plus(Duration.ofHours(1))).run("due", "--no-builtin", "--bank", BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Due now: 1; 1 new left today (of 10 a day)", "Due in the next 14 days")
                .containsPattern("(?m)^all\\s+1").containsPattern("(?m)^lora\\s+1");
        // A narrow terminal gets a week of narrower columns instead of rows that wrap.
        Cli.Result narrow = at(MONDAY.plus(Duration.ofHours(1))).env("COLUMNS", "40").run("due", "--no-builtin", "--bank", BANK);
        assertThat(narrow.out()).contains("Due in the next 9 days");
        assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThan(40));
    }

    @Test
    void weakPutsTheLowestRecallFirst() {
        drill(MONDAY, "zero\n\neasy\n", "-t", "lora");
        drill(MONDAY, "nothing\n\nagain\n", "-t", "moe");
        Cli.Result r = drill(MONDAY.plus(Duration.ofDays(2)), ":quit\n", "--weak");
        assertThat(r.out()).contains("[1/2] demo-moe-collapse");
    }

    @Test
    void anExamPlanKeepsToTheNewPerDayLimitAndSaysWhenItCannotFit() {
        Cli.Result plan = at(MONDAY).run("due", "--no-builtin", "--bank", BANK, "--exam", "2026-11-25", "--new", "1");
        assertThat(plan.out()).contains("Plan: 2 new a day", "It does not fit: it needs 2 new a day, more than the 1 you allow");
        Cli.Result drill = at(MONDAY).stdin("").run("drill", "--no-builtin", "--bank", BANK, "--exam", "2026-11-25", "--new", "1");
        assertThat(drill.err()).contains("needs 2 new questions a day; keeping to your limit of 1 (1 left today)");
        assertThat(drill.out()).contains("[1/1]").doesNotContain("[1/2]");
        Cli.Result raised = at(MONDAY).stdin("").run("drill", "--no-builtin", "--bank", BANK, "--exam", "2026-11-25", "--new", "2");
        assertThat(raised.out()).contains("[1/2]");
    }

    @Test
    void anExamPlanSaysHowManyADayAndWhetherItFits() {
        Cli.Result r = at(MONDAY).run("due", "--no-builtin", "--bank", BANK, "--exam", "2026-11-26");
        assertThat(r.out()).contains("Interview on 2026-11-26: 3 days left.", "never seen 2", "Plan: 1 new a day",
                "Today: 0 to review and 1 new", "It fits.");
        Cli.Result tooLate = at(MONDAY).run("due", "--no-builtin", "--bank", BANK, "--exam", "2026-11-24");
        assertThat(tooLate.out()).contains("It does not fit");
        // A plan for some tags counts only their questions: one of another tag met this morning takes nothing from it.
        drill(MONDAY, "nothing\n\nagain\n", "-t", "lora");
        Cli.Result other = at(MONDAY.plus(Duration.ofHours(1))).run("due", "--no-builtin", "--bank", BANK, "--exam", "2026-11-26",
                "-t", "moe");
        assertThat(other.out()).contains("In scope: 1 question; never seen 1", "Plan: 1 new a day", "Today: 0 to review and 1 new",
                "about 2 min of answering");
        // Its own new question met today does: the share is taken, and the plan says so.
        drill(MONDAY, "collapse\n\ngood\n", "-t", "moe");
        Cli.Result taken = at(MONDAY.plus(Duration.ofHours(2))).run("due", "--no-builtin", "--bank", BANK, "--exam", "2026-11-26",
                "-t", "moe");
        assertThat(taken.out()).contains("never seen 0", "to review and 0 new");
        Cli.Result past = at(MONDAY).run("drill", "--no-builtin", "--bank", BANK, "--exam", "2026-11-01");
        assertThat(past.exit()).as("%s", past).isEqualTo(2);
        assertThat(past.err()).contains("the interview date must be after today, 2026-11-23");
        Cli.Result both = at(MONDAY).run("drill", "--due", "--weak");
        assertThat(both.err()).contains("options --due and --weak choose the questions in different ways");
    }

    @Test
    void aMockInterviewKeepsAskingWhileTimeIsLeftAndMinusNFixesHowMany() {
        // A minute is less than either question's budget: packing by budget alone would have asked one.
        StepClock clock = new StepClock(MONDAY, Duration.ofSeconds(5));
        Cli.Result open = new Cli(home).clock(clock).stdin("zero\n\ncollapse\n\ngood\ngood\n")
                .run("mock", "--minutes", "1", "--no-builtin", "--bank", BANK, "--seed", "3");
        assertThat(open.exit()).as("%s", open).isZero();
        assertThat(open.out()).contains("[1] ", "[2] ", "Answered 2");
        Cli.Result one = new Cli(home).clock(new StepClock(MONDAY, Duration.ofSeconds(5))).stdin("zero\n\ngood\n")
                .run("mock", "--minutes", "30", "-n", "1", "--no-builtin", "--bank", BANK, "--seed", "3");
        assertThat(one.exit()).as("%s", one).isZero();
        assertThat(one.out()).contains("[1/1] ", "Answered 1").doesNotContain("[2");
        assertThat(one.out()).contains("Same interview again: viva mock --minutes 30 -n 1 --no-builtin --bank " + BANK + " --seed 3");
    }

    @Test
    void aMockInterviewRevealsOnlyAtTheEndAndKeepsItsAttemptsInOrderAsMock() throws Exception {
        StepClock clock = new StepClock(MONDAY, Duration.ofSeconds(20));
        Cli.Result r = new Cli(home).clock(clock).stdin("first answer zero\n\ncollapse\n\ngood\nhard\n")
                .run("mock", "--minutes", "30", "--no-builtin", "--bank", BANK, "--seed", "3");
        assertThat(r.exit()).as("%s", r).isZero();
        String out = r.out();
        // Open-ended: each question says how many came before it, not how many are left.
        assertThat(out).contains("[2] ").doesNotContain("[2/");
        assertThat(out.indexOf("[2] ")).isLessThan(out.indexOf("Model answer"));
        assertThat(out).contains("interview 2", "Rated Good", "Rated Hard", "Answered 2");
        // Repeated as an interview, with the seed that chose its questions; never as a drill.
        assertThat(out).contains("Same interview again: viva mock --minutes 30 --no-builtin --bank " + BANK + " --seed 3")
                .doesNotContain("Same questions again");
        try (Store store = Store.open(home.resolve("viva.db"))) {
            List<StoredAttempt> kept = store.attempts(Scope.ALL, 0);
            assertThat(kept).extracting(StoredAttempt::mode).containsOnly("mock");
            // Newest first: the second question's attempt was rated last.
            assertThat(kept.get(1).ratingLabel()).isEqualTo("Good");
            assertThat(kept.get(0).ratingLabel()).isEqualTo("Hard");
        }
    }

    @Test
    void theConfigurationSetsNewPerDayTheExamDateAndTheRetention() throws Exception {
        Files.createDirectories(home.resolve("config/viva"));
        Files.writeString(home.resolve("config/viva/config.yaml"),
                "new-per-day: 1\nexam-date: 2026-11-26\ndesired-retention: 0.95\n");
        Cli.Result plan = at(MONDAY).run("due", "--no-builtin", "--bank", BANK);
        assertThat(plan.out()).contains("Interview on 2026-11-26: 3 days left.");
        Cli.Result today = drill(MONDAY, ":quit\n", "--due");
        // The exam plan for 2 questions over 3 days introduces one a day.
        assertThat(today.out()).contains("[1/1]");
        Cli.Result shown = at(MONDAY).run("config");
        assertThat(shown.out()).contains("new-per-day", "exam-date", "2026-11-26", "0.95");
    }
}
