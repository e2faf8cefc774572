package viva.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** When a question comes back, in the words a person uses: "again in 10 minutes", "again tomorrow". */
public final class DueIn {
    private DueIn() {
    }

    public static String phrase(Instant now, Instant due) {
        Duration wait = Duration.between(now, due);
        if (wait.toMinutes() < 1) {
            return "again now";
        }
        if (wait.toHours() < 1) {
            return "again in " + plural(wait.toMinutes(), "minute");
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), LocalDate.ofInstant(due, ZoneOffset.UTC));
        if (days == 0) {
            return "again in " + plural(wait.toHours(), "hour");
        }
        return days == 1 ? "again tomorrow" : "again in " + plural(days, "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
