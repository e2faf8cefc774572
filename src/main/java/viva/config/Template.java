package viva.config;

import java.util.StringJoiner;

/** The file 'viva config --init' writes: every setting, commented out at its default, with what it does. */
public final class Template {
    private Template() {
    }

    public static String text() {
        StringJoiner out = new StringJoiner("\n", "", "\n");
        out.add("# viva configuration. Uncomment a line to change a setting; 'viva config' shows the effect.");
        out.add("# Each setting can also come from an environment variable (VIVA_COUNT, ...) or a flag;");
        out.add("# a flag beats the environment, which beats this file.");
        for (Key key : Key.values()) {
            out.add("");
            out.add("# " + key.about() + " (environment: " + key.envName() + ")");
            out.add("#" + key.yamlName() + ": " + sample(key));
        }
        return out.toString();
    }

    private static String sample(Key key) {
        return switch (key) {
            case LANG -> "en";
            case COUNT -> "10";
            case TIME_SCALE -> "1";
            case BANKS -> "[~/notes/banks]";
            case COLOR -> "auto";
            case DESIRED_RETENTION -> "0.9";
            case NEW_PER_DAY -> "10";
            case EXAM_DATE -> "2026-12-01";
            case LEECH_THRESHOLD -> "6";
            case HISTORY -> "postgresql://db.example.org/viva";
            case LEARNER -> "alice";
        };
    }
}
