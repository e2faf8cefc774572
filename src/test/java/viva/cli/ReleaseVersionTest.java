package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Named for the release: the version line is what a bug report quotes. */
class ReleaseVersionTest {
    @TempDir
    Path home;

    @Test
    void versionNamesTheBuildCommit() {
        Cli.Result r = new Cli(home).run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).matches("viva \\S.*, commit ([0-9a-f]{7,}( \\(with uncommitted changes\\))?|unknown)\\n");
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
            assertThat(r.exit()).isZero();
            assertThat(r.out()).as(String.join(" ", command)).contains("Usage: viva " + String.join(" ", command))
                    .containsAnyOf("Examples:", "Install:");
        }
    }
}
