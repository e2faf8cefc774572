package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Named for the release: the version line is what a bug report quotes. */
class ReleaseVersionTest {
    @TempDir
    Path home;

    /** The tests run in a git clone (CI makes one), so "commit unknown" here means the build lost its commit. */
    @Test
    void versionNamesTheBuildCommit() throws Exception {
        Cli.Result r = new Cli(home).run("--version");
        assertThat(r.exit()).as("%s", r).isZero();
        Matcher line = Pattern.compile("viva \\S.*, commit ([0-9a-f]{7,})( \\(with uncommitted changes\\))?\\n").matcher(r.out());
        assertThat(line.matches()).as(r.out()).isTrue();
        assertThat(head()).startsWith(line.group(1));
    }

    private static String head() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor()).as("git rev-parse HEAD: " + out).isZero();
        return out;
    }

    @Test
    void helpListsTheCommandsInTheOrderANewcomerNeedsThem() {
        String help = new Cli(home).run("help").out();
        String commands = help.substring(help.indexOf("Commands:"));
        assertThat(commands).containsSubsequence("drill", "list", "tags", "show", "validate", "edit", "import", "export",
                "config", "completion", "help");
        assertThat(commands).doesNotContain("__complete");
    }

    @Test
    void everyCommandsHelpHasADescriptionAndExamples() {
        for (String[] command : new String[][] {{"drill"}, {"list"}, {"tags"}, {"show"}, {"validate"}, {"edit"},
                {"import", "markdown"}, {"export", "anki"}, {"export", "json"}, {"config"}, {"completion"}}) {
            String[] args = Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Cli.Result r = new Cli(home).run(args);
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.out()).as(String.join(" ", command)).contains("Usage: viva " + String.join(" ", command))
                    .containsAnyOf("Examples:", "Install:");
        }
    }
}
