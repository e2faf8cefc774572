package viva.report;

import org.junit.jupiter.api.Test;
import viva.text.Glyphs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void barsGrowInEighthsAndKeepTheirWidth() {
        assertThat(Charts.bar(0, 4, Glyphs.UNICODE)).isEqualTo("    ");
        assertThat(Charts.bar(1, 4, Glyphs.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(0.5, 4, Glyphs.UNICODE)).isEqualTo("██  ");
        assertThat(Charts.bar(0.5625, 4, Glyphs.UNICODE)).isEqualTo("██▎ ");
        assertThat(Charts.bar(2, 4, Glyphs.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(0.5, 4, Glyphs.ASCII)).isEqualTo("##  ");
        assertThat(Charts.bar(0.625, 4, Glyphs.ASCII)).isEqualTo("##= ");
    }

    @Test
    void sparklinesSpanTheirScale() {
        assertThat(Charts.spark(List.of(1.0, 2.5, 4.0), 1, 4, Glyphs.UNICODE)).isEqualTo("▁▅█");
        assertThat(Charts.spark(List.of(1.0, 2.5, 4.0), 1, 4, Glyphs.ASCII)).isEqualTo("_=#");
        assertThat(Charts.spark(List.of(), 1, 4, Glyphs.UNICODE)).isEmpty();
    }

    @Test
    void theLocaleDecidesBetweenUnicodeAndAscii() {
        assertThat(Glyphs.forLocale(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.forLocale(Map.of("LANG", "zh_CN.utf8"))).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.forLocale(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"))).isEqualTo(Glyphs.ASCII);
        assertThat(Glyphs.forLocale(Map.of("LC_CTYPE", "en_US.UTF-8", "LANG", "C"))).isEqualTo(Glyphs.UNICODE);
        // No locale at all is a bare container; its terminal is UTF-8, as for the text (LocaleSetting).
        assertThat(Glyphs.forLocale(Map.of())).isEqualTo(Glyphs.UNICODE);
        assertThat(Glyphs.forLocale(Map.of("LANG", "POSIX"))).isEqualTo(Glyphs.ASCII);
        String all = String.join("", Glyphs.ASCII.bar()) + String.join("", Glyphs.ASCII.spark())
                + String.join("", Glyphs.ASCII.heat()) + Glyphs.ASCII.separator() + Glyphs.ASCII.arrow();
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
}
