package viva.e2e;

import java.nio.file.Path;
import java.util.Map;

/**
 * The environment of a viva process that a test starts: the machine's PATH and Java, a UTF-8 locale,
 * and a home of its own. Nothing else is passed on, so that a developer's own VIVA_LANG, config file
 * or NO_COLOR cannot change what the test sees.
 */
public final class ChildEnvironment {
    private ChildEnvironment() {
    }

    public static void reset(Map<String, String> env, Path home) {
        String path = env.get("PATH");
        String javaHome = env.get("JAVA_HOME");
        env.clear();
        env.put("PATH", path);
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        env.put("HOME", home.toString());
        env.put("VIVA_HOME", home.resolve("viva").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("LANG", "C.UTF-8");
    }
}
