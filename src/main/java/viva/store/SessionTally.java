package viva.store;

import java.time.Instant;

/** One session's figures. */
public record SessionTally(long sessionId, String mode, Instant startedAt, Tally tally) {
}
