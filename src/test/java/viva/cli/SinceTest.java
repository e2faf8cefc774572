package viva.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SinceTest {
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
