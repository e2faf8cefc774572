package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC").env("COLUMNS", "80")
                .clock(Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void perTagFiguresWeakestFirstWithChartsAndACalendar() {
        HistoryCommandTest.drillTwo(home);
        Cli.Result r = cli().run("stats");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("2 attempts in 1 session", "By tag, weakest first", "Trend over the last 1 session",
                "Practice days, the last 37 weeks: 1 day", "█");
        String[] lines = r.out().split("\n");
        int header = Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith("TAG")).findFirst().orElseThrow());
        assertThat(lines[header + 1]).startsWith("moe").contains("2.00");
        assertThat(r.out()).doesNotContain("\u001b");
    }

    @Test
    void asciiWhenAskedOrWhenTheLocaleIsNotUtf8() {
        HistoryCommandTest.drillTwo(home);
        assertThat(cli().run("stats", "--ascii").out().chars()).allMatch(c -> c < 128);
        assertThat(cli().env("LANG", "C").run("stats").out().chars()).allMatch(c -> c < 128);
    }

    @Test
    void colourOnlyWhenAskedAndNeverWithNoColorOnAuto() {
        HistoryCommandTest.drillTwo(home);
        assertThat(cli().run("stats", "--color", "always").out()).contains("\u001b[");
        assertThat(cli().env("NO_COLOR", "1").run("stats").out()).doesNotContain("\u001b");
        assertThat(cli().run("stats", "--color", "never").out()).doesNotContain("\u001b");
    }

    @Test
    void filtersNarrowTheFigures() {
        HistoryCommandTest.drillTwo(home);
        Cli.Result tagged = cli().run("stats", "-t", "lora");
        assertThat(tagged.out()).contains("tags lora", "1 attempt in 1 session").doesNotContain("moe ");
        assertThat(cli().run("stats", "--since", "today").out()).contains("No attempts recorded yet");
    }

    @Test
    void anEmptyHistorySaysHowToStart() {
        Cli.Result r = cli().run("stats");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("No attempts recorded yet. Start with: viva drill -n 3");
    }
}
