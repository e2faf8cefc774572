package viva.text;

import java.time.Duration;

/** Durations as a person reads them on a clock: 0:07, 3:00, 1:02:03. */
public final class ClockText {
    private ClockText() {
    }

    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, secs) : String.format("%d:%02d", minutes, secs);
    }
}
