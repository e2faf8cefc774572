package viva.config;

import viva.bank.Lang;
import viva.bank.Problem;
import viva.bank.Source;
import viva.bank.TextFiles;
import viva.text.LocaleSetting;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the effective configuration from the defaults, the file and the environment, in that order. */
public final class Configs {
    private Configs() {
    }

    /** The outcome of reading: a config when there were no problems, and the problems, located. */
    public record Check(Config config, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The configuration, or a {@link ConfigException} listing every problem. */
    public static Config load(Map<String, String> env) {
        Check check = check(env);
        if (!check.ok()) {
            throw new ConfigException(check.problems());
        }
        return check.config();
    }

    /** The built-in defaults alone, as if there were neither a file nor a variable. */
    public static Config defaults(Map<String, String> env) {
        return new Config(file(env), false, builtIn(env));
    }

    public static Check check(Map<String, String> env) {
        Path file = file(env);
        Map<Key, Setting> settings = builtIn(env);
        List<String> problems = new ArrayList<>();
        // Files.exists, not isRegularFile: a config path that is a FIFO or a folder is named as such, not passed over.
        boolean found = Files.exists(file);
        if (found) {
            fileLayer(file, env, settings, problems);
        }
        environmentLayer(env, settings, problems);
        return new Check(problems.isEmpty() ? new Config(file, found, settings) : null, problems);
    }

    /** VIVA_CONFIG names the file outright; otherwise the XDG place, $XDG_CONFIG_HOME/viva/config.yaml. */
    public static Path file(Map<String, String> env) {
        String explicit = env.get("VIVA_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "viva", "config.yaml");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config", "viva", "config.yaml");
    }

    private static Map<Key, Setting> builtIn(Map<String, String> env) {
        Map<Key, Setting> settings = new EnumMap<>(Key.class);
        settings.put(Key.LANG, new Setting(Key.LANG, Lang.fromEnvironment(env), Origin.DEFAULT, localeNote(env)));
        put(settings, Key.COUNT, 10);
        put(settings, Key.TIME_SCALE, 1.0);
        put(settings, Key.BANKS, List.of());
        put(settings, Key.COLOR, ColorChoice.AUTO);
        put(settings, Key.DESIRED_RETENTION, 0.9);
        put(settings, Key.NEW_PER_DAY, 10);
        put(settings, Key.LEECH_THRESHOLD, 6);
        put(settings, Key.EXAM_DATE, null);
        put(settings, Key.HISTORY, null);
        put(settings, Key.LEARNER, null);
        return settings;
    }

    private static void put(Map<Key, Setting> settings, Key key, Object value) {
        settings.put(key, new Setting(key, value, Origin.DEFAULT, ""));
    }

    /** The locale is only the default language: a person who writes 'lang' in the file means it. */
    private static String localeNote(Map<String, String> env) {
        return LocaleSetting.find(env, "LC_MESSAGES").map(s -> "from " + s).orElse("no locale set");
    }

    private static void fileLayer(Path file, Map<String, String> env, Map<Key, Setting> settings, List<String> problems) {
        Source source = TextFiles.read(file, file.toString(), "the configuration");
        if (!source.readable()) {
            problems.add(source.refused().toString());
            return;
        }
        ConfigFile.Read read = ConfigFile.read(file, source.text(), env);
        read.problems().stream().map(Problem::toString).forEach(problems::add);
        read.entries().forEach((key, entry) ->
                settings.put(key, new Setting(key, entry.value(), Origin.FILE, entry.at().toString())));
    }

    private static void environmentLayer(Map<String, String> env, Map<Key, Setting> settings, List<String> problems) {
        for (Key key : Key.values()) {
            String text = env.get(key.envName());
            if (text == null || text.isBlank()) {
                continue; // an empty variable is unset, as with most tools
            }
            try {
                Object value = key == Key.BANKS ? BankPaths.split(text, env) : key.parse(text);
                settings.put(key, new Setting(key, value, Origin.ENVIRONMENT, key.envName()));
            } catch (BadValue e) {
                problems.add(Problem.oneLine("environment variable " + key.envName() + ": " + e.getMessage()));
            } catch (InvalidPathException e) {
                problems.add(Problem.oneLine("environment variable " + key.envName() + ": " + BankPaths.problem(e)));
            }
        }
    }
}
