package viva.store;

import java.time.Instant;
import java.util.Optional;

/** Everything in a scope at once: the figures, and how many sessions and distinct questions they span. */
public record Overall(Tally tally, int sessions, int questions, Optional<Instant> first, Optional<Instant> last) {
}
