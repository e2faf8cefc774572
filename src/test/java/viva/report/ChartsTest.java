package viva.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void barsGrowInEighthsAndKeepTheirWidth() {
        assertThat(Charts.bar(0, 4, Symbols.UNICODE)).isEqualTo("    ");
        assertThat(Charts.bar(1, 4, Symbols.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(0.5, 4, Symbols.UNICODE)).isEqualTo("██  ");
        assertThat(Charts.bar(0.5625, 4, Symbols.UNICODE)).isEqualTo("██▎ ");
        assertThat(Charts.bar(2, 4, Symbols.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(0.5, 4, Symbols.ASCII)).isEqualTo("##  ");
        assertThat(Charts.bar(0.625, 4, Symbols.ASCII)).isEqualTo("##= ");
    }

    @Test
    void sparklinesSpanTheirScale() {
        assertThat(Charts.spark(List.of(1.0, 2.5, 4.0), 1, 4, Symbols.UNICODE)).isEqualTo("▁▅█");
        assertThat(Charts.spark(List.of(1.0, 2.5, 4.0), 1, 4, Symbols.ASCII)).isEqualTo("_=#");
        assertThat(Charts.spark(List.of(), 1, 4, Symbols.UNICODE)).isEmpty();
    }

    @Test
    void theLocaleDecidesBetweenUnicodeAndAscii() {
        assertThat(Symbols.forLocale(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Symbols.UNICODE);
        assertThat(Symbols.forLocale(Map.of("LANG", "zh_CN.utf8"))).isEqualTo(Symbols.UNICODE);
        assertThat(Symbols.forLocale(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"))).isEqualTo(Symbols.ASCII);
        assertThat(Symbols.forLocale(Map.of("LC_CTYPE", "en_US.UTF-8", "LANG", "C"))).isEqualTo(Symbols.UNICODE);
        // No locale at all is a bare container; its terminal is UTF-8, as for the text (LocaleSetting).
        assertThat(Symbols.forLocale(Map.of())).isEqualTo(Symbols.UNICODE);
        assertThat(Symbols.forLocale(Map.of("LANG", "POSIX"))).isEqualTo(Symbols.ASCII);
        String all = String.join("", Symbols.ASCII.bar()) + String.join("", Symbols.ASCII.spark())
                + String.join("", Symbols.ASCII.heat()) + Symbols.ASCII.separator() + Symbols.ASCII.arrow();
        assertThat(all.chars()).allMatch(c -> c < 128);
    }

    @Test
    void theCalendarEndsOnTheGivenDayWithWeeksFromMonday() {
        LocalDate end = LocalDate.parse("2026-11-05"); // a Thursday
        CalendarGrid grid = CalendarGrid.of(Map.of(end, 8, LocalDate.parse("2026-11-02"), 1, LocalDate.parse("2025-01-01"), 99), end, 2);
        assertThat(grid.weeks()).hasSize(2);
        assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.parse("2026-10-26"));
        List<CalendarGrid.Day> last = grid.weeks().get(1);
        assertThat(last.get(0).level()).isEqualTo(1);
        assertThat(last.get(3).level()).isEqualTo(4);
        assertThat(last.get(4).inRange()).isFalse();
        assertThat(grid.practiceDays()).isEqualTo(2);
    }

    @Test
    void sinceReadsDaysSpansAndToday() {
        Instant now = Instant.parse("2026-11-06T12:00:00Z");
        assertThat(Since.parse("2026-11-01", now, ZoneOffset.UTC)).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(Since.parse("7d", now, ZoneOffset.UTC)).contains(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(Since.parse("2w", now, ZoneOffset.UTC)).contains(Instant.parse("2026-10-23T12:00:00Z"));
        assertThat(Since.parse("12h", now, ZoneOffset.UTC)).contains(Instant.parse("2026-11-06T00:00:00Z"));
        assertThat(Since.parse("today", now, ZoneOffset.ofHours(8))).contains(Instant.parse("2026-11-05T16:00:00Z"));
        assertThat(Since.parse("last week", now, ZoneOffset.UTC)).isEmpty();
        assertThat(Since.parse("2026-13-01", now, ZoneOffset.UTC)).isEmpty();
    }
}
