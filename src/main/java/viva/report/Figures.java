package viva.report;

import viva.text.Messages;
import viva.text.ClockText;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Numbers and times as every report format prints them, so that all formats agree to the digit. */
public final class Figures {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Figures() {
    }

    public static String rating(double mean) {
        return String.format(Locale.ROOT, "%.2f", mean);
    }

    public static String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble()) + "%" : "n/a";
    }

    /** A 0-1 share, or a ratio such as time over budget, as whole percent. */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    public static String clock(Duration d) {
        return ClockText.format(d);
    }

    public static String minute(Instant at, ZoneId zone) {
        return MINUTE.format(at.atZone(zone));
    }

    /** The zone as a reader knows it: "UTC" rather than "Z". */
    public static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    public static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
    }

    /** What a report covers, in words: "all history", or the filters joined, in the language of {@code words}. */
    public static String scope(ReportScope scope, ZoneId zone, Messages words) {
        List<String> parts = new ArrayList<>();
        scope.session().ifPresent(s -> parts.add(words.get("scope.session", s)));
        if (!scope.tags().isEmpty()) {
            parts.add(words.get("scope.tags", String.join(", ", scope.tags())));
        }
        scope.question().ifPresent(q -> parts.add(words.get("scope.question", q)));
        scope.since().ifPresent(s -> parts.add(words.get("scope.since", minute(s, zone))));
        return parts.isEmpty() ? words.get("scope.all") : String.join(words.get("separator"), parts);
    }

    /** Seconds with one decimal, for machine formats. */
    public static double seconds(Duration d) {
        return Math.round(d.toMillis() / 100.0) / 10.0;
    }

    /** Rounded to three decimals, so that machine formats are stable and readable. */
    public static double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
