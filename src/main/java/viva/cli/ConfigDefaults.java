package viva.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import viva.config.ConfigException;
import viva.config.Configs;
import viva.config.Key;
import viva.config.Origin;
import viva.config.Setting;

import java.util.Map;
import java.util.Set;

/**
 * Feeds the configuration (environment, then file) to picocli as option defaults, so a flag given on the
 * command line beats both without any command knowing about the configuration. Only values someone set
 * are supplied; otherwise the option's own default (or, for --lang, the locale) stands.
 */
final class ConfigDefaults implements IDefaultValueProvider {
    /** Commands whose --count and --time-scale mean a drill's length and pace. */
    private static final Set<String> DRILLS = Set.of("drill", "mock");
    /** Commands whose --new means today's allowance of new questions. */
    private static final Set<String> SCHEDULED = Set.of("drill", "due");

    private final Map<String, String> env;

    ConfigDefaults(Map<String, String> env) {
        this.env = env;
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
        try {
            Setting setting = Configs.load(env).get(key);
            return setting.origin() == Origin.DEFAULT ? null : setting.shown();
        } catch (ConfigException e) {
            // Reported by the command when it loads its banks; help and completion must still work meanwhile.
            return null;
        }
    }

    private static Key key(String option, String command) {
        return switch (option) {
            case "--lang" -> Key.LANG;
            case "--count" -> DRILLS.contains(command) ? Key.COUNT : null;
            case "--time-scale" -> DRILLS.contains(command) ? Key.TIME_SCALE : null;
            case "--new" -> SCHEDULED.contains(command) ? Key.NEW_PER_DAY : null;
            default -> null;
        };
    }
}
