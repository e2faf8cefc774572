package viva.report;

import java.time.Instant;
import java.util.Optional;

/** Everything in a report's scope at once: the figures, and how many sessions and distinct questions they span. */
public record Summary(Totals totals, int sessions, int questions, Optional<Instant> first, Optional<Instant> last) {
}
