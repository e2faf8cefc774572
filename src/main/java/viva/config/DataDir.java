package viva.config;

import java.nio.file.Path;
import java.util.Map;

/** Where viva keeps what is the user's: history and their own banks. XDG rules, with VIVA_HOME first. */
public final class DataDir {
    private DataDir() {
    }

    public static Path resolve(Map<String, String> env) {
        String home = env.get("VIVA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "viva");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share", "viva");
    }

    /**
     * Where viva keeps what it can make again (its user banks parsed): inside VIVA_HOME when that is set,
     * so that one VIVA_HOME is all of a separate viva (as the tests use it), else the XDG cache folder.
     */
    public static Path cache(Map<String, String> env) {
        String home = env.get("VIVA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "cache");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "viva");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "viva");
    }

    /** The user's bank folder: every .yaml file in it is loaded with the built-in banks. */
    public static Path banks(Map<String, String> env) {
        return resolve(env).resolve("banks");
    }

    /** The history of every attempt: one SQLite file, created on first use. */
    public static Path database(Map<String, String> env) {
        return resolve(env).resolve("viva.db");
    }
}
