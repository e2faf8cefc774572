package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;
import java.util.Map;

/** Range checks picocli cannot express in annotations; they fail as usage errors, like picocli's own. */
final class Options {
    /** The most questions one drill may ask: the range of 'count' in the configuration. */
    static final int MAX_COUNT = 1000;

    private Options() {
    }

    static void positive(CommandSpec spec, String name, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + name + "': " + value
                    + " (it must be 1 or more)");
        }
    }

    /** A drill's length, in the range 'count' has in the configuration. */
    static void count(CommandSpec spec, int value) {
        positive(spec, "--count", value);
        if (value > MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--count': " + value
                    + " (it must be at most " + MAX_COUNT + ", as for 'count' in the configuration)");
        }
    }

    static void timeScale(CommandSpec spec, double value) {
        if (!(value >= 0.1 && value <= 10)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--time-scale': " + value
                    + " (it must be between 0.1 and 10, e.g. 1.5)");
        }
    }

    /** At most one of these flags may be given: each says how to choose the questions. */
    static void exclusive(CommandSpec spec, List<Map.Entry<String, Boolean>> flags) {
        List<String> given = flags.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        if (given.size() > 1) {
            throw new ParameterException(spec.commandLine(), "Options " + String.join(" and ", given)
                    + " choose the questions in different ways; give one of them");
        }
    }

    /**
     * The exam date of the configuration, if any. Once it has passed it is a located configuration error
     * (the file's line, or the variable), not a bad value for an --exam flag nobody gave.
     */
    static java.util.Optional<java.time.LocalDate> configuredExam(viva.config.Config config, java.time.Instant now) {
        java.util.Optional<java.time.LocalDate> date = config.examDate();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        if (date.isPresent() && !date.get().isAfter(today)) {
            viva.config.Setting setting = config.get(viva.config.Key.EXAM_DATE);
            String where = setting.origin() == viva.config.Origin.ENVIRONMENT ? "environment variable " + setting.where() : setting.where();
            throw new viva.config.ConfigException(List.of(where + ": exam-date: " + date.get()
                    + " has passed; the interview date must be after today, " + today + " (change it, or remove the setting)"));
        }
        return date;
    }

    /** An exam date must leave at least today to practise. */
    static java.time.LocalDate future(CommandSpec spec, java.time.LocalDate date, java.time.Instant now) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        if (!date.isAfter(today)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--exam': " + date
                    + " (the interview date must be after today, " + today + ")");
        }
        return date;
    }
}
