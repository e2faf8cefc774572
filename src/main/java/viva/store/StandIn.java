package viva.store;

import java.time.Instant;

/**
 * This machine's copy of a server's history, read while the server cannot be reached: why it is used, and when
 * it was last brought up to date (shown in the reader's own time zone, which the store does not know).
 */
public record StandIn(String reason, Instant asOf) {
}
