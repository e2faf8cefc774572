package viva.report;

import java.io.IOException;
import java.util.List;

/**
 * A report's sessions, oldest first. Documents show the latest few and say how many there are; JSON and CSV
 * list every one, read from the history as they are written, since a long history has a hundred thousand.
 */
public interface SessionSource {
    /** How many sessions are in scope. */
    int count();

    /** The last {@link Trend#SHOWN_SESSIONS} of them (or all, when there are no more), oldest first. */
    List<SessionRow> latest();

    /** Hands over every session, oldest first; each call reads them again. */
    void forEach(Sink each) throws IOException;

    /** What takes the sessions as they come: usually a writer, so it may fail as output does. */
    @FunctionalInterface
    interface Sink {
        void take(SessionRow session) throws IOException;
    }

    /** Sessions already in hand, oldest first. */
    static SessionSource of(List<SessionRow> sessions) {
        List<SessionRow> rows = List.copyOf(sessions);
        List<SessionRow> latest = Trend.lastSessions(rows);
        return new SessionSource() {
            @Override
            public int count() {
                return rows.size();
            }

            @Override
            public List<SessionRow> latest() {
                return latest;
            }

            @Override
            public void forEach(Sink each) throws IOException {
                for (SessionRow row : rows) {
                    each.take(row);
                }
            }
        };
    }
}
