package viva.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public enum Difficulty {
    EASY, MEDIUM, HARD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.label().equals(text)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Difficulty::label).toList();
    }
}
