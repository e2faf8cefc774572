package viva.schedule;

import viva.text.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** When a question comes back, in the words a person uses: "again in 10 minutes", "again tomorrow". */
public final class DueIn {
    private DueIn() {
    }

    /** In English. */
    public static String phrase(Instant now, Instant due) {
        return phrase(now, due, Messages.ENGLISH);
    }

    /** In the language of {@code words}: the drill's. */
    public static String phrase(Instant now, Instant due, Messages words) {
        Duration wait = Duration.between(now, due);
        if (wait.toMinutes() < 1) {
            return words.get("due.now");
        }
        if (wait.toHours() < 1) {
            return words.count("due.minutes", wait.toMinutes());
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), LocalDate.ofInstant(due, ZoneOffset.UTC));
        if (days == 0) {
            return words.count("due.hours", wait.toHours());
        }
        return days == 1 ? words.get("due.tomorrow") : words.count("due.days", days);
    }
}
