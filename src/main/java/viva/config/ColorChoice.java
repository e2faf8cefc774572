package viva.config;

import java.util.Locale;

/** When to colour output; the root command's --color and the 'color' setting share these words. */
public enum ColorChoice {
    AUTO, ALWAYS, NEVER;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
