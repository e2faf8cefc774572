package viva.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinceTest {
    /** A Friday noon in UTC. */
    private static final Instant NOW = Instant.parse("2026-11-06T12:00:00Z");

    /** The instant a --since value names at {@code now}, as the scope gets it. */
    private static Optional<Instant> at(String value, Instant now, ZoneId zone) {
        return Since.parse(value).map(s -> s.from(now, zone));
    }

    @Test
    void sinceReadsDaysSpansAndToday() {
        assertThat(at("2026-11-01", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(at("7d", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(at("2w", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-10-23T12:00:00Z"));
        assertThat(at("12h", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-06T00:00:00Z"));
        assertThat(at("today", NOW, ZoneOffset.ofHours(8))).contains(Instant.parse("2026-11-05T16:00:00Z"));
        assertThat(at("last week", NOW, ZoneOffset.UTC)).isEmpty();
        assertThat(at("2026-13-01", NOW, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void yesterdayIsTheStartOfTheDayBeforeInTheReadersZone() {
        assertThat(at("yesterday", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-05T00:00:00Z"));
        assertThat(at("Yesterday", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-05T00:00:00Z"));
        // 12:00 UTC is already Saturday 01:00 in UTC+13: yesterday there is Friday.
        assertThat(at("yesterday", NOW, ZoneOffset.ofHours(13))).contains(Instant.parse("2026-11-05T11:00:00Z"));
    }

    @Test
    void aWeekdayIsTheLastOneBeforeToday() {
        assertThat(at("monday", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(at("thursday", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-11-05T00:00:00Z"));
        assertThat(at("Sat", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-10-31T00:00:00Z"));
        // On a Friday, "friday" is the Friday before: today is "today".
        assertThat(at("friday", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-10-30T00:00:00Z"));
        assertThat(at("fri", NOW, ZoneOffset.UTC)).contains(Instant.parse("2026-10-30T00:00:00Z"));
    }

    @Test
    void aBadValueListsTheFormsAndTheNearestWord() {
        Since.Converter converter = new Since.Converter();
        assertThatThrownBy(() -> converter.convert("tuesdy")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'tuesdy' is not a time; use " + Since.FORMS + " (closest: tuesday)");
        assertThatThrownBy(() -> converter.convert("yesterdy")).hasMessageEndingWith("(closest: yesterday)");
        assertThatThrownBy(() -> converter.convert("3x")).hasMessageContaining("yesterday").hasMessageContaining("weekday")
                .hasMessageNotContaining("closest");
    }
}
