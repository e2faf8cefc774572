package viva.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The --since value: a day ({@code 2025-03-01}), a span back from now ({@code 7d}, {@code 2w}, {@code 12h}), or today. */
public final class Since {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,5})([hdw])");

    private Since() {
    }

    /** The instant the value names, or empty when it is not one of the accepted forms. */
    public static Optional<Instant> parse(String value, Instant now, ZoneId zone) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("today")) {
            return Optional.of(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            long n = Long.parseLong(span.group(1));
            return Optional.of(switch (span.group(2)) {
                case "h" -> now.minus(n, ChronoUnit.HOURS);
                case "d" -> now.minus(n, ChronoUnit.DAYS);
                default -> now.minus(7 * n, ChronoUnit.DAYS);
            });
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static final String FORMS = "a day (2025-03-01), a span back from now (12h, 7d, 2w), or today";
}
