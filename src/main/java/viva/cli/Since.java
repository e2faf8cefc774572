package viva.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import viva.text.Closest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The --since value: a day ({@code 2025-03-01}), a span back from now ({@code 7d}, {@code 2w}, {@code 12h}),
 * today, yesterday, or a weekday. It is read when the command line is; the days it names other than a date
 * depend on the run's clock and zone, so it becomes an instant only then.
 */
sealed interface Since {
    String FORMS = "a day (2025-03-01), a span back from now (12h, 7d, 2w), today, yesterday,"
            + " or a weekday (monday: the last one before today)";

    /** The instant this names at {@code now}; days start at midnight in {@code zone}. */
    Instant from(Instant now, ZoneId zone);

    /** A date as written. */
    record Day(LocalDate day) implements Since {
        @Override
        public Instant from(Instant now, ZoneId zone) {
            return day.atStartOfDay(zone).toInstant();
        }
    }

    /** A span back from now, to the second: 12h is twelve hours ago, not the start of a day. */
    record Span(Duration back) implements Since {
        @Override
        public Instant from(Instant now, ZoneId zone) {
            return now.minus(back);
        }
    }

    /** The start of the day {@code days} before today: 0 is today, 1 yesterday. */
    record DaysAgo(int days) implements Since {
        @Override
        public Instant from(Instant now, ZoneId zone) {
            return LocalDate.ofInstant(now, zone).minusDays(days).atStartOfDay(zone).toInstant();
        }
    }

    /**
     * The start of the last such weekday before today: on a Monday, "monday" is a week ago. Today would be
     * "today"; someone who names a weekday means one that has passed.
     */
    record Weekday(DayOfWeek weekday) implements Since {
        @Override
        public Instant from(Instant now, ZoneId zone) {
            return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previous(weekday)).atStartOfDay(zone).toInstant();
        }
    }

    /** The value, or empty when it is not one of the accepted forms. */
    static Optional<Since> parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        return Forms.word(text).or(() -> Forms.span(text)).or(() -> Forms.date(text));
    }

    /** For picocli: a value that is not a time is a usage error that lists the forms, and the nearest word. */
    final class Converter implements ITypeConverter<Since> {
        @Override
        public Since convert(String value) {
            return parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a time; use " + FORMS
                    + Closest.best(value.strip(), Forms.words()).map(w -> " (closest: " + w + ")").orElse("")));
        }
    }

    /** How each form is read. */
    final class Forms {
        private static final Pattern SPAN = Pattern.compile("(\\d{1,5})([hdw])");

        private Forms() {
        }

        /** today, yesterday, and the weekdays by their English names, whole or cut to three letters. */
        static Optional<Since> word(String text) {
            if (text.equals("today")) {
                return Optional.of(new DaysAgo(0));
            }
            if (text.equals("yesterday")) {
                return Optional.of(new DaysAgo(1));
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                if (text.equals(name(day, TextStyle.FULL)) || text.equals(name(day, TextStyle.SHORT))) {
                    return Optional.of(new Weekday(day));
                }
            }
            return Optional.empty();
        }

        static Optional<Since> span(String text) {
            Matcher span = SPAN.matcher(text);
            if (!span.matches()) {
                return Optional.empty();
            }
            long n = Long.parseLong(span.group(1));
            return Optional.of(new Span(switch (span.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            }));
        }

        static Optional<Since> date(String text) {
            try {
                return Optional.of(new Day(LocalDate.parse(text)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        /** The words a slip could have meant, for the error's suggestion. */
        static List<String> words() {
            List<String> words = new ArrayList<>(List.of("today", "yesterday"));
            for (DayOfWeek day : DayOfWeek.values()) {
                words.add(name(day, TextStyle.FULL));
            }
            return words;
        }

        private static String name(DayOfWeek day, TextStyle style) {
            return day.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        }
    }
}
