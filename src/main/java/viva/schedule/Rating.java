package viva.schedule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well an answer was recalled, as the person rates it; the values are the FSRS grades 1-4. */
public enum Rating {
    AGAIN(1, 'a'), HARD(2, 'h'), GOOD(3, 'g'), EASY(4, 'e');

    private final int value;
    private final char key;

    Rating(int value, char key) {
        this.value = value;
        this.key = key;
    }

    public int value() {
        return value;
    }

    public static Rating of(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating must be 1-4, got " + value);
        }
        return values()[value - 1];
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A single key press: 1-4 or the initial letter (a, h, g, e). */
    public static Optional<Rating> ofKey(char c) {
        char lower = Character.toLowerCase(c);
        return Arrays.stream(values()).filter(r -> lower == r.key || lower == (char) ('0' + r.value)).findFirst();
    }

    /** A typed line: a key, or the whole word ("good"), in any case. */
    public static Optional<Rating> parse(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (text.length() == 1) {
            return ofKey(text.charAt(0));
        }
        return Arrays.stream(values()).filter(r -> r.name().toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }
}
