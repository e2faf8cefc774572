package viva.report;

import java.io.IOException;
import java.util.List;

/**
 * The attempts a report carries with their typed answers, oldest first, read while the report is written:
 * a report of a million answers streams them from the history instead of holding them all. {@link #NONE}
 * when they were not asked for.
 */
public interface AttemptSource {
    AttemptSource NONE = new AttemptSource() {
        @Override
        public boolean included() {
            return false;
        }

        @Override
        public void forEach(Sink each) {
            // nothing was asked for
        }
    };

    /** Whether the report shows attempts at all: a section, a JSON list or CSV rows of them. */
    boolean included();

    /** Hands over every attempt, oldest first; each call reads them again. */
    void forEach(Sink each) throws IOException;

    /** What takes the attempts as they come: usually a writer, so it may fail as output does. */
    @FunctionalInterface
    interface Sink {
        void take(AttemptRow attempt) throws IOException;
    }

    /** Attempts already in hand, oldest first. */
    static AttemptSource of(List<AttemptRow> attempts) {
        List<AttemptRow> rows = List.copyOf(attempts);
        return new AttemptSource() {
            @Override
            public boolean included() {
                return !rows.isEmpty();
            }

            @Override
            public void forEach(Sink each) throws IOException {
                for (AttemptRow row : rows) {
                    each.take(row);
                }
            }
        };
    }
}
