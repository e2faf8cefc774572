package viva.drill;

import java.util.Locale;

/** The order a drill asks its questions in: shuffled by the seed, or as the banks list them. */
public enum Order {
    RANDOM, BANK;

    /** The word for it on the command line and in a session's filters. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
