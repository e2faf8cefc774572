package viva.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** VIVA_BANKS is a list like PATH: entries separated by ':' (';' on Windows); empty entries are skipped. */
    static List<Path> split(String text, Map<String, String> env) {
        List<Path> paths = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (!part.isBlank()) {
                paths.add(resolve(part.strip(), null, env));
            }
        }
        return paths;
    }
}
