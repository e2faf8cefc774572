package viva.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs viva in-process the way a shell would, with captured streams and a private data directory. */
public final class Cli {
    /** What a run gave back; shown whole (status, stdout, stderr) when an assertion on it fails. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private InputStream input;
    private boolean interactive;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    public Cli(Path home) {
        env.put("VIVA_HOME", home.toString());
        // Keeps the developer's own ~/.config/viva/config.yaml out of the tests.
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("LANG", "en_US.UTF-8");
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli stdin(String text) {
        stdin = text;
        return this;
    }

    /** Standard input from a stream of the test's own: one that does something between two answers, say. */
    public Cli stdin(InputStream stream) {
        input = stream;
        return this;
    }

    /** As if a person were at a terminal (stdin still the scripted text): for prompts that only a person gets. */
    public Cli interactive() {
        interactive = true;
        return this;
    }

    public Cli clock(Clock c) {
        clock = c;
        return this;
    }

    public Result run(String... args) {
        Context context = new Context(env, input != null ? input
                : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock, interactive);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The test fixture bank folder, as a path a user would pass to --bank. */
    public static String fixture(String name) {
        return Path.of("src/test/resources", name).toString();
    }
}
