package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

    /** An exam date must leave at least today to practise. */
    static LocalDate future(CommandSpec spec, LocalDate date, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!date.isAfter(today)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--exam': " + date
                    + " (the interview date must be after today, " + today + ")");
        }
        return date;
    }
}
