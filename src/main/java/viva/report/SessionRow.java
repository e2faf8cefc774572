package viva.report;

import java.time.Instant;

/** One session's figures. */
public record SessionRow(long sessionId, String mode, Instant startedAt, Totals totals) {
}
