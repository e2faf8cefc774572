package viva.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The --since value: a day ({@code 2025-03-01}), a span back from now ({@code 7d}, {@code 2w}, {@code 12h}),
 * or today. It is read when the command line is, and becomes an instant with the run's clock and zone.
 * {@code day} is the day named, {@code back} the span; neither is today.
 */
record Since(Optional<LocalDate> day, Optional<Duration> back) {
    static final String FORMS = "a day (2025-03-01), a span back from now (12h, 7d, 2w), or today";
    private static final Pattern SPAN = Pattern.compile("(\\d{1,5})([hdw])");

    /** The value, or empty when it is not one of the accepted forms. */
    static Optional<Since> parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("today")) {
            return Optional.of(new Since(Optional.empty(), Optional.empty()));
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            long n = Long.parseLong(span.group(1));
            Duration back = switch (span.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return Optional.of(new Since(Optional.empty(), Optional.of(back)));
        }
        try {
            return Optional.of(new Since(Optional.of(LocalDate.parse(text)), Optional.empty()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The instant this names at {@code now}; days start at midnight in {@code zone}. */
    Instant from(Instant now, ZoneId zone) {
        if (back.isPresent()) {
            return now.minus(back.get());
        }
        return day.orElse(LocalDate.ofInstant(now, zone)).atStartOfDay(zone).toInstant();
    }

    /** For picocli: a value that is not a time is a usage error that lists the forms. */
    static final class Converter implements ITypeConverter<Since> {
        @Override
        public Since convert(String value) {
            return parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a time; use " + FORMS));
        }
    }
}
