package viva.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SinceTest {
    /** The instant a --since value names at {@code now}, as the scope gets it. */
    private static Optional<Instant> at(String value, Instant now, ZoneId zone) {
        return Since.parse(value).map(s -> s.from(now, zone));
    }

    @Test
    void sinceReadsDaysSpansAndToday() {
        Instant now = Instant.parse("2026-11-06T12:00:00Z");
        assertThat(at("2026-11-01", now, ZoneOffset.UTC)).contains(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(at("7d", now, ZoneOffset.UTC)).contains(Instant.parse("2026-10-30T12:00:00Z"));
        assertThat(at("2w", now, ZoneOffset.UTC)).contains(Instant.parse("2026-10-23T12:00:00Z"));
        assertThat(at("12h", now, ZoneOffset.UTC)).contains(Instant.parse("2026-11-06T00:00:00Z"));
        assertThat(at("today", now, ZoneOffset.ofHours(8))).contains(Instant.parse("2026-11-05T16:00:00Z"));
        assertThat(at("last week", now, ZoneOffset.UTC)).isEmpty();
        assertThat(at("2026-13-01", now, ZoneOffset.UTC)).isEmpty();
    }
}
