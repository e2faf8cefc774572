package viva.report;


import java.util.List;

/** How a series of per-session means is summed up in words, and how many sessions a document shows. */
public final class Trend {
    /** Documents list this many recent sessions; JSON and CSV carry all of them. */
    public static final int SHOWN_SESSIONS = 30;
    /** How many sessions a tag's trend looks back over. */
    public static final int TAG_SESSIONS = 12;

    private Trend() {
    }

    /** "2.00 → 3.50 over 4 sessions", or "" for no data, or the one value. */
    public static String words(List<Double> means) {
        if (means.isEmpty()) {
            return "";
        }
        if (means.size() == 1) {
            return Figures.rating(means.get(0)) + " (1 session)";
        }
        return Figures.rating(means.get(0)) + " → " + Figures.rating(means.get(means.size() - 1)) + " over "
                + means.size() + " sessions";
    }

    public static List<SessionRow> lastSessions(List<SessionRow> sessions) {
        return sessions.subList(Math.max(0, sessions.size() - SHOWN_SESSIONS), sessions.size());
    }
}
