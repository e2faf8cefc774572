package viva.bank;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Budgets as people write them in a bank: 90s, 3m, 1m30s, 1h. */
public final class Durations {
    public static final Duration MIN = Duration.ofSeconds(10);
    public static final Duration MAX = Duration.ofHours(1);
    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,6})s)?");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (text.isBlank() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
        return Optional.of(d);
    }

    /** The written form of a duration, the inverse of {@link #parse}. */
    public static String format(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        long s = d.toSecondsPart();
        String text = (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "") + (s > 0 ? s + "s" : "");
        return text.isEmpty() ? "0s" : text;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
