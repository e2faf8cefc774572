package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When viva colours: --color beats VIVA_COLOR beats the file; NO_COLOR and a pipe turn only 'auto' off. */
class ConfigColourTest {
    @TempDir
    Path home;

    private boolean colour(boolean terminal, Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "VIVA_HOME", home.toString()));
        env.putAll(extra);
        Context context = new Context(env, new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), terminal);
        CommandLine cl = Main.commandLine(context);
        cl.parseArgs(args);
        return ((RootCommand) cl.getCommand()).colour();
    }

    @Test
    void autoColoursATerminalButNeverAPipe() {
        assertThat(colour(true, Map.of())).isTrue();
        assertThat(colour(false, Map.of())).isFalse();
        assertThat(colour(true, Map.of(), "--color", "auto")).isTrue();
    }

    @Test
    void noColorTurnsAutoOffButNotAnExplicitChoice() {
        assertThat(colour(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(colour(true, Map.of("NO_COLOR", ""))).as("no-color.org: an empty NO_COLOR is unset").isTrue();
        assertThat(colour(true, Map.of("NO_COLOR", "1"), "--color", "always")).isTrue();
        assertThat(colour(true, Map.of("NO_COLOR", "1", "VIVA_COLOR", "always"))).isTrue();
    }

    @Test
    void theFlagBeatsTheEnvironmentWhichBeatsTheFile() throws Exception {
        Files.createDirectories(home.resolve("config/viva"));
        Files.writeString(home.resolve("config/viva/config.yaml"), "color: never\n");
        assertThat(colour(true, Map.of())).isFalse();
        assertThat(colour(false, Map.of("VIVA_COLOR", "always"))).isTrue();
        assertThat(colour(true, Map.of("VIVA_COLOR", "always"), "--color", "never")).isFalse();
        assertThat(colour(false, Map.of("VIVA_COLOR", "never"), "--color", "always")).isTrue();
    }

    @Test
    void noEscapeCodeReachesAPipe() {
        String sample = Cli.fixture("banks/sample.yaml");
        List<List<String>> commands = List.of(
                List.of("list", "--no-builtin", "--bank", sample), List.of("tags", "--no-builtin", "--bank", sample),
                List.of("show", "demo-lora-init", "--no-builtin", "--bank", sample), List.of("validate", sample),
                List.of("config"), List.of("drill", "--no-builtin", "--bank", sample, "-n", "1"),
                List.of("export", "anki", "--no-builtin", "--bank", sample), List.of("export", "json", "--no-builtin", "--bank", sample),
                List.of("--help"), List.of("drill", "--help"), List.of("show", "no-such-id", "--no-builtin", "--bank", sample));
        for (List<String> args : commands) {
            Cli.Result r = new Cli(home).env("TERM", "xterm-256color").run(args.toArray(String[]::new));
            assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("\u001b");
        }
    }

    @Test
    void colourIsUsedWhenAskedFor() {
        Cli.Result r = new Cli(home).run("--color", "always", "config");
        assertThat(r.out()).contains("\u001b[");
    }
}
