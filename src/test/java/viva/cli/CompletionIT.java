package viva.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in scripts in the real shells, against the built jar: bash through bash-completion's
 * own loader (installed the way README says), zsh through compinit and bashcompinit, fish through complete -C.
 */
class CompletionIT {
    @TempDir
    Path temp;

    private CompletionShell shell;
    private final String sample = Path.of("src/test/resources/banks/sample.yaml").toAbsolutePath().toString();

    @BeforeEach
    void setUp() throws Exception {
        shell = new CompletionShell(temp);
    }

    /** What bash offers for these words, as bash-completion would ask after loading the script on demand. */
    private List<String> bash(String... words) throws Exception {
        CompletionShell.require("bash", "bash");
        Path loader = CompletionShell.requireFile(Path.of("/usr/share/bash-completion/bash_completion"), "bash-completion");
        Path installed = Files.createDirectories(shell.home().resolve(".local/share/bash-completion/completions"));
        Files.copy(Path.of("completions/viva.bash"), installed.resolve("viva"), StandardCopyOption.REPLACE_EXISTING);
        String script = String.join("\n",
                "source " + loader,
                "_completion_loader viva",
                "complete -p viva >&2",
                "COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}",
                "spec=$(complete -p viva); fn=${spec#*-F }; fn=${fn%% *}",
                "\"$fn\" viva \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        CompletionShell.Run r = shell.run(cat("bash", "-c", script, "bash", words), Map.of());
        assertThat(r.err()).as("complete -p viva").contains("complete -o default -F _viva_complete viva");
        return lines(r.out());
    }

    @Test
    void bashCompletesTagsFromTheBuiltInBanks() throws Exception {
        assertThat(bash("viva", "drill", "-t", "m")).contains("moe", "mixed-precision").allMatch(t -> t.startsWith("m"));
    }

    @Test
    void bashCompletesTagsIdsAndSubcommandsFromTheBanksOnTheLine() throws Exception {
        assertThat(bash("viva", "list", "--no-builtin", "--bank", sample, "--tag", "")).containsExactly("fine-tuning", "lora", "moe");
        assertThat(bash("viva", "drill", "--no-builtin", "--bank", sample, "--exclude-tag", "=", "l")).containsExactly("lora");
        assertThat(bash("viva", "show", "--no-builtin", "--bank", sample, "demo-")).containsExactly("demo-lora-init", "demo-moe-collapse");
        assertThat(bash("viva", "edit", "moe-routing-c")).containsExactly("moe-routing-collapse");
    }

    @Test
    void bashCompletesBankNamesCommandsAndFixedValues() throws Exception {
        assertThat(bash("viva", "export", "anki", "mo")).contains("moe", "model-reports");
        assertThat(bash("viva", "im")).containsExactly("import");
        assertThat(bash("viva", "export", "")).containsExactly("anki", "json", "yaml");
        assertThat(bash("viva", "drill", "--difficulty", "")).containsExactly("easy", "medium", "hard");
        assertThat(bash("viva", "completion", "")).containsExactly("bash", "zsh", "fish");
        assertThat(bash("viva", "drill", "--ti")).containsExactly("--time-scale");
        assertThat(bash("viva", "")).doesNotContain("__complete");
    }

    @Test
    void zshCompletesThroughBashcompinit() throws Exception {
        CompletionShell.require("zsh", "zsh");
        String script = String.join("\n",
                "autoload -U +X compinit && compinit -u -d $HOME/.zcompdump",
                "source " + Path.of("completions/viva.zsh").toAbsolutePath(),
                "print -r -- \"registered: $_comps[viva]\"",
                // What zsh's _bash_complete does on Tab: set the bash variables, then call compgen -F.
                "words=(viva drill -t m); CURRENT=4",
                "COMP_WORDS=($words); COMP_CWORD=3; COMP_LINE=\"$words\"; COMP_POINT=${#COMP_LINE}",
                "compgen -F _viva_complete -- m",
                "words=(viva show moe-routing-c); CURRENT=3",
                "COMP_WORDS=($words); COMP_CWORD=2; COMP_LINE=\"$words\"; COMP_POINT=${#COMP_LINE}",
                "compgen -F _viva_complete -- moe-routing-c");
        CompletionShell.Run r = shell.run(List.of("zsh", "-f", "-c", script), Map.of());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("registered: _bash_complete -F _viva_complete");
        assertThat(lines(r.out())).contains("moe", "mixed-precision", "moe-routing-collapse");
    }

    @Test
    void fishCompletesTagsIdsAndDescribedCommands() throws Exception {
        CompletionShell.require("fish", "fish");
        Path installed = Files.createDirectories(shell.home().resolve(".config/fish/completions"));
        Files.copy(Path.of("completions/viva.fish"), installed.resolve("viva.fish"));
        List<String> tags = fish("viva drill -t m");
        assertThat(tags).contains("moe\tQuestions with any of these tags", "mixed-precision\tQuestions with any of these tags");
        assertThat(fish("viva show moe-routing-c")).containsExactly("moe-routing-collapse");
        assertThat(fish("viva list --no-builtin --bank " + sample + " --tag ")).extracting(s -> s.split("\t")[0])
                .containsExactly("fine-tuning", "lora", "moe");
        assertThat(fish("viva dr")).containsExactly("drill\tDrill questions: each one timed, answered, revealed with its key points and rated");
        assertThat(fish("viva drill --lang ")).extracting(s -> s.split("\t")[0]).containsExactlyInAnyOrder("en", "zh");
        assertThat(fish("viva export ")).extracting(s -> s.split("\t")[0]).containsExactly("anki", "json", "yaml");
    }

    private List<String> fish(String line) throws Exception {
        CompletionShell.Run r = shell.run(List.of("fish", "--no-config", "-c",
                "source $HOME/.config/fish/completions/viva.fish; complete -C " + quote(line)), Map.of());
        assertThat(r.err()).isEmpty();
        return lines(r.out());
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "\\'") + "'";
    }

    private static List<String> cat(String a, String b, String c, String d, String... rest) {
        List<String> all = new ArrayList<>(List.of(a, b, c, d));
        all.addAll(Arrays.asList(rest));
        return all;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
