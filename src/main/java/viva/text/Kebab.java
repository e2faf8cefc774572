package viva.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and tags are kebab-case so that they type easily and complete in a shell. */
public final class Kebab {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Kebab() {
    }

    public static boolean is(String text) {
        return KEBAB.matcher(text).matches();
    }

    /** The kebab-case spelling a person most likely meant: "Load Balancing" becomes "load-balancing". */
    public static String of(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return lower.replaceAll("^-+|-+$", "");
    }
}
