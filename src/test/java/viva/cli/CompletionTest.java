package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Source;
import viva.completion.Candidates;
import viva.completion.Scripts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTest {
    @TempDir
    Path home;

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");

    /**
     * The checked-in scripts must be what the command model generates today. To refresh them:
     * mvn test -Dtest=CompletionTest -Dviva.completions.update=true
     */
    @Test
    void theCheckedInScriptsAreUpToDate() throws Exception {
        for (Scripts shell : Scripts.values()) {
            String generated = shell.of(CompletionModel.read(Main.commandLine(new Context(Map.of(), System.in, Clock.systemUTC(), false))));
            Path file = Path.of("completions", shell.file());
            if (Boolean.getBoolean("viva.completions.update")) {
                Files.writeString(file, generated, StandardCharsets.UTF_8);
            }
            assertThat(file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(file + " is stale; regenerate with: mvn test -Dtest=CompletionTest -Dviva.completions.update=true")
                    .isEqualTo(generated);
        }
    }

    @Test
    void completionPrintsTheScriptForEachShell() throws Exception {
        Cli.Result bash = new Cli(home).run("completion", "bash");
        assertThat(bash.exit()).as("%s", bash).isZero();
        assertThat(bash.out()).isEqualTo(Files.readString(Path.of("completions/viva.bash")))
                .contains("complete -F _viva_complete -o default viva", "__complete");
        assertThat(new Cli(home).run("completion", "zsh").out()).startsWith("#compdef viva\n").contains("bashcompinit");
        assertThat(new Cli(home).run("completion", "fish").out()).contains("complete -c viva -n '__viva_at drill' -s t -l tag -x -a '(__viva_dynamic tags)'");
        Cli.Result bad = new Cli(home).run("completion", "tcsh");
        assertThat(bad.exit()).as("%s", bad).isEqualTo(2);
        assertThat(bad.err()).startsWith("viva: invalid value for SHELL: 'tcsh'; use one of bash, zsh, fish\n");
    }

    @Test
    void theHiddenCommandListsTagsIdsAndBanksFromTheBanksOnTheLine() {
        Cli.Result tags = new Cli(home).run("__complete", "tags", "--", "drill", "--no-builtin", "--bank", SAMPLE, "-t");
        assertThat(tags.out()).isEqualTo("fine-tuning\nlora\nmoe\n");
        Cli.Result ids = new Cli(home).run("__complete", "ids", "--", "show", "--no-builtin", "--bank", "=", SAMPLE);
        assertThat(ids.out()).isEqualTo("demo-lora-init\ndemo-moe-collapse\n");
        assertThat(new Cli(home).run("__complete", "tags", "--", "drill").out()).contains("moe\n", "lora\n");
        assertThat(new Cli(home).run("__complete", "banks").out()).contains("moe\n", "attention\n");
    }

    @Test
    void theHiddenCommandStaysQuietOnBrokenInput() throws Exception {
        Path broken = home.resolve("broken.yaml");
        Files.writeString(broken, "questions: [");
        Cli.Result r = new Cli(home).run("__complete", "tags", "--", "list", "--no-builtin", "--bank", broken.toString(),
                "--bank", "no/such/file.yaml", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("fine-tuning\nlora\nmoe\n");
        Files.createDirectories(home.resolve("config/viva"));
        Files.writeString(home.resolve("config/viva/config.yaml"), "count: [");
        Cli.Result badConfig = new Cli(home).run("__complete", "tags", "--", "list");
        assertThat(badConfig.exit()).as("%s", badConfig).isZero();
        assertThat(badConfig.out() + badConfig.err()).isEmpty();
    }

    @Test
    void theHiddenCommandIsNotInHelpOrScripts() {
        assertThat(new Cli(home).run("--help").out()).doesNotContain("__complete");
        assertThat(new Cli(home).run("completion", "fish").out()).doesNotContain("-a '__complete'");
    }

    @Test
    void builtInBanksAreNamedByStemAndOthersByPath() {
        assertThat(Candidates.bankName(new Source("questions/moe.yaml", ""))).isEqualTo("moe");
        assertThat(Candidates.bankName(new Source("/home/a/banks/mine.yaml", ""))).isEqualTo("/home/a/banks/mine.yaml");
    }

    @Test
    void theLineParserFindsBanksInEveryWayBashAndFishHandThemOver() {
        Candidates.Line line = Candidates.Line.of(List.of("drill", "--bank", "a.yaml", "--bank=b.yaml", "--bank", "=", "c.yaml",
                "--no-builtin", "-t"));
        assertThat(line.banks()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"), Path.of("c.yaml"));
        assertThat(line.noBuiltin()).isTrue();
        assertThat(Candidates.Line.of(List.of("drill", "--bank")).banks()).isEmpty();
    }
}
