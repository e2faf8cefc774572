package viva.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import viva.config.ConfigException;
import viva.config.Config;
import viva.config.Key;
import viva.config.Origin;
import viva.config.Setting;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Feeds the configuration (defaults, file, environment) to picocli as option defaults, so a flag given on the
 * command line beats them all without any command knowing about the configuration, and each default is
 * declared once, in the configuration. --lang is supplied only when someone set it: otherwise the locale decides.
 */
final class ConfigDefaults implements IDefaultValueProvider {
    /** Commands whose --time-scale means a drill's pace. */
    private static final Set<String> DRILLS = Set.of("drill", "mock");
    /** Commands whose --new means today's allowance of new questions. */
    private static final Set<String> SCHEDULED = Set.of("drill", "due");

    private final Supplier<Config> settings;
    private final Config defaults;

    /** {@code defaults} stand in while the configuration is broken: the command reports the problem when it reads it. */
    ConfigDefaults(Supplier<Config> settings, Config defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        Key key = key(option.longestName(), arg.command().name());
        if (key == null) {
            return null;
        }
        Setting setting;
        try {
            setting = settings.get().get(key);
        } catch (ConfigException e) {
            // Reported by the command when it reads its settings; help and completion must still work meanwhile.
            setting = defaults.get(key);
        }
        return key == Key.LANG && setting.origin() == Origin.DEFAULT ? null : setting.shown();
    }

    private static Key key(String option, String command) {
        return switch (option) {
            case "--lang" -> Key.LANG;
            // A mock interview asks while time is left unless -n says otherwise: 'count' is a drill's length.
            case "--count" -> command.equals("drill") ? Key.COUNT : null;
            case "--time-scale" -> DRILLS.contains(command) ? Key.TIME_SCALE : null;
            case "--new" -> SCHEDULED.contains(command) ? Key.NEW_PER_DAY : null;
            default -> null;
        };
    }
}
