package viva.config;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Bank paths as people write them: ~ for home, relative to where they were written. */
final class BankPaths {
    private BankPaths() {
    }

    static Path resolve(String text, Path base, Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String expanded = text.equals("~") ? home : text.startsWith("~/") ? home + text.substring(1) : text;
        Path path = Path.of(expanded);
        return path.isAbsolute() || base == null ? path : base.resolve(path).normalize();
    }

    /** Why a path cannot be used, for a located message: a NUL, or a character the file system's encoding lacks. */
    static String problem(InvalidPathException e) {
        if (e.getInput().indexOf('\0') >= 0) {
            return "a path cannot contain a NUL character (\\0)";
        }
        return "cannot use the path '" + e.getInput() + "': " + e.getReason() + " (Java reads file names in the locale's "
                + "character set, " + System.getProperty("sun.jnu.encoding") + " here; run viva with a UTF-8 locale, e.g. LANG=C.UTF-8)";
    }

    /** VIVA_BANKS is a list like PATH: entries separated by ':' (';' on Windows); empty entries are skipped. */
    static List<Path> split(String text, Map<String, String> env) {
        List<Path> paths = new ArrayList<>();
        for (String part : text.split(Pattern.quote(File.pathSeparator))) {
            if (!part.isBlank()) {
                paths.add(resolve(part.strip(), null, env));
            }
        }
        return paths;
    }
}
