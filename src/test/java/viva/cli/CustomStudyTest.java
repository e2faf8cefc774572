package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Anki's custom study: drill what failed today, or what was rated a given way since a time. */
class CustomStudyTest {
    @TempDir
    Path home;

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private Cli at(Instant when) {
        return new Cli(home).clock(Clock.fixed(when, ZoneOffset.UTC));
    }

    /** On Monday demo-lora-init is failed and demo-moe-collapse is rated Good; the next Tuesday, demo-moe-collapse Hard. */
    private void practise() {
        Cli.Result monday = at(MONDAY).stdin("no idea\n\nagain\nrouting collapse\n\ngood\n")
                .run("drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank");
        assertThat(monday.exit()).as("%s", monday).isZero();
        Cli.Result tuesday = at(MONDAY.plus(Duration.ofDays(8))).stdin("collapse\n\nhard\n")
                .run("drill", "demo-moe-collapse", "--no-builtin", "--bank", SAMPLE);
        assertThat(tuesday.exit()).as("%s", tuesday).isZero();
    }

    @Test
    void failedTodayDrillsOnlyWhatWasRatedAgainToday() {
        practise();
        Cli.Result same = at(MONDAY.plus(Duration.ofHours(2))).stdin(":quit\n")
                .run("drill", "--failed-today", "--no-builtin", "--bank", SAMPLE);
        assertThat(same.exit()).as("%s", same).isZero();
        assertThat(same.out()).contains("[1/1] demo-lora-init").doesNotContain("demo-moe-collapse ·");
        Cli.Result nextDay = at(MONDAY.plus(Duration.ofDays(1))).run("drill", "--failed-today", "--no-builtin", "--bank", SAMPLE);
        assertThat(nextDay.exit()).as("%s", nextDay).isZero();
        assertThat(nextDay.out()).contains("Nothing was rated Again today");
    }

    @Test
    void sinceAndRatingChooseBySpanAndRating() {
        practise();
        Instant later = MONDAY.plus(Duration.ofDays(9));
        Cli.Result week = at(later).stdin(":quit\n").run("drill", "--since", "7d", "--rating", "again,hard", "--no-builtin", "--bank", SAMPLE);
        assertThat(week.exit()).as("%s", week).isZero();
        assertThat(week.out()).contains("[1/1] demo-moe-collapse");
        Cli.Result all = at(later).stdin(":quit\n").run("drill", "--since", "2026-11-01", "--rating", "again,hard", "--no-builtin", "--bank", SAMPLE);
        // Most recent first: Tuesday's Hard before Monday's Again.
        assertThat(all.out()).contains("[1/2] demo-moe-collapse");
        Cli.Result good = at(later).run("drill", "--since", "7d", "--rating", "good", "--no-builtin", "--bank", SAMPLE);
        assertThat(good.out()).contains("No question among these was rated Good in that time.");
    }

    @Test
    void sinceWithoutRatingAndMixedWaysAreUsageErrors() {
        Cli.Result alone = new Cli(home).run("drill", "--since", "7d");
        assertThat(alone.exit()).as("%s", alone).isEqualTo(2);
        assertThat(alone.err()).contains("give --rating too");
        Cli.Result both = new Cli(home).run("drill", "--failed-today", "--due");
        assertThat(both.exit()).as("%s", both).isEqualTo(2);
        Cli.Result bad = new Cli(home).run("drill", "--rating", "meh");
        assertThat(bad.exit()).as("%s", bad).isEqualTo(2);
        assertThat(bad.err()).contains("use one of again, hard, good, easy");
    }
}
