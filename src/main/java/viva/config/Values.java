package viva.config;

import viva.bank.Lang;
import viva.text.Closest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parsing and printing of setting values, the same for the file and the environment. */
final class Values {
    private Values() {
    }

    interface Parser {
        Object parse(String text) throws BadValue;
    }

    static Object lang(String text) throws BadValue {
        return Lang.parse(text).orElseThrow(() -> new BadValue(oneOf(text, Lang.codes())));
    }

    static Object color(String text) throws BadValue {
        List<String> words = Arrays.stream(ColorChoice.values()).map(ColorChoice::word).toList();
        return Arrays.stream(ColorChoice.values()).filter(c -> c.word().equals(text)).findFirst()
                .orElseThrow(() -> new BadValue(oneOf(text, words)));
    }

    static Parser wholeNumber(int min, int max) {
        return text -> {
            try {
                int n = Integer.parseInt(text);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new BadValue("'" + text + "' is not a whole number from " + min + " to " + max);
        };
    }

    static Parser decimal(double min, double max) {
        return text -> {
            try {
                double x = Double.parseDouble(text);
                if (x >= min && x <= max && text.matches("[0-9.]+")) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new BadValue("'" + text + "' is not a number from " + show(min) + " to " + show(max));
        };
    }

    /** A learner's name as a cohort's tables show it: no spaces or marks to get lost between a config file and a server. */
    static Object learner(String text) throws BadValue {
        if (!text.matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw new BadValue("'" + text + "' is not a learner's name: use 1 to 64 letters, digits, '.', '_' or '-', e.g. alice");
        }
        return text;
    }

    static Object date(String text) throws BadValue {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValue("'" + text + "' is not a date written YYYY-MM-DD, e.g. 2026-12-01");
        }
    }

    /** How a value is printed by 'viva config'; the inverse of parsing, so it can be pasted into the file. */
    static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Lang lang) {
            return lang.code();
        }
        if (value instanceof ColorChoice c) {
            return c.word();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : String.join(", ", list.stream().map(Object::toString).toList());
        }
        if (value instanceof Path p) {
            return p.toString();
        }
        return value.toString();
    }

    private static String oneOf(String text, List<String> words) {
        // Two letters are too few to guess from: 'fr' is not a misspelt 'en'.
        Optional<String> near = text.length() > 2 ? Closest.best(text, words) : Optional.empty();
        return "'" + text + "' is not one of " + String.join(", ", words)
                + near.map(w -> " (did you mean '" + w + "'?)").orElse("");
    }
}
