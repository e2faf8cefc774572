package viva.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One run of a drill (or a mock interview, later): when, how it chose its questions, and in which mode.
 * {@code endedAt} is empty while it runs, and stays empty when the process was killed.
 */
public record Session(long id, String mode, Instant startedAt, Optional<Instant> endedAt, String filters,
                      OptionalLong seed) {
    /** How a session chose its questions, as the history keeps it: JSON, so that new settings need no schema change. */
    public static String filtersJson(Map<String, ?> filters) {
        return Store.json(filters);
    }
}
