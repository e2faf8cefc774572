package viva.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting viva reads, in the order 'viva config' shows them. The scheduling keys are read and
 * checked now so that a config file written today keeps working when the scheduler starts using them.
 */
public enum Key {
    LANG("lang", "language of the questions: en or zh", Values::lang),
    COUNT("count", "questions in a drill", Values.wholeNumber(1, 1000)),
    TIME_SCALE("time-scale", "multiplies every answer time budget, 0.1 to 10", Values.decimal(0.1, 10)),
    BANKS("banks", "more bank files or folders to load with the built-in ones", null),
    COLOR("color", "colour output: auto, always or never", Values::color),
    DESIRED_RETENTION("desired-retention", "chance of recall at which a question is due again, 0.7 to 0.99",
            Values.decimal(0.7, 0.99)),
    NEW_PER_DAY("new-per-day", "new questions introduced per day, 0 to 1000", Values.wholeNumber(0, 1000)),
    EXAM_DATE("exam-date", "the day of the interview, YYYY-MM-DD", Values::date),
    LEECH_THRESHOLD("leech-threshold", "Again ratings after which a question is flagged as a leech, 2 to 100",
            Values.wholeNumber(2, 100)),
    HISTORY("history", "a PostgreSQL database to keep the history in, postgresql://HOST/DATABASE (password in ~/.pgpass);"
            + " without it, the SQLite file viva.db in the data folder", HistoryUrl::parse),
    LEARNER("learner", "who is practising, where several people share one database role: letters, digits, '.', '_' or '-'"
            + " (without it, the role)", Values::learner);

    private final String name;
    private final String about;
    private final Values.Parser parser;

    Key(String name, String about, Values.Parser parser) {
        this.name = name;
        this.about = about;
        this.parser = parser;
    }

    /** The key as written in config.yaml. */
    public String yamlName() {
        return name;
    }

    /** VIVA_ and the key in capitals: VIVA_TIME_SCALE. */
    public String envName() {
        return "VIVA_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public String about() {
        return about;
    }

    Object parse(String text) throws BadValue {
        return parser.parse(text.strip());
    }

    public static Optional<Key> named(String yamlName) {
        return Arrays.stream(values()).filter(k -> k.name.equals(yamlName)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Key::yamlName).toList();
    }
}
