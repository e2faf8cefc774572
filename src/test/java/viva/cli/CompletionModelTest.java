package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import viva.completion.CommandTree;
import viva.completion.Kind;
import viva.completion.Scripts;
import viva.completion.Values;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a value completes to is declared on it (@Completes), not read from the words of its label. */
class CompletionModelTest {
    @TempDir
    Path home;

    /** Labels that would have meant tags and ids once, on the wrong arguments, and the right ones unlabelled so. */
    @Command(name = "quiz")
    static final class Quiz {
        @Completes(Kind.TAGS)
        @Option(names = {"-s", "--subject"}, paramLabel = "SUBJECT", description = "Questions on this subject.")
        List<String> subjects;

        @Option(names = "--note", paramLabel = "TAG", description = "A note to keep.")
        String note;

        @Completes(Kind.IDS)
        @Parameters(paramLabel = "WHICH", arity = "0..*")
        List<String> which;

        @Parameters(paramLabel = "ID", arity = "0..*")
        List<String> more;
    }

    @Test
    void theAnnotationChoosesTheValuesWhateverTheLabelSays() {
        CommandTree tree = CompletionModel.read(new CommandLine(new Quiz()));
        CommandTree.Command quiz = tree.commands().get(0);
        assertThat(quiz.options()).filteredOn(o -> o.names().contains("--subject")).singleElement()
                .extracting(CommandTree.Option::values).isEqualTo(new Values.FromBanks(Kind.TAGS));
        assertThat(quiz.options()).filteredOn(o -> o.names().contains("--note")).singleElement()
                .extracting(CommandTree.Option::values).isEqualTo(new Values.Typed());
        assertThat(quiz.positionals()).extracting(CommandTree.Positional::values)
                .containsExactly(new Values.FromBanks(Kind.IDS), new Values.Typed());
    }

    @Test
    void theScriptsOfferBankValuesForTheAnnotatedArgumentsOnly() {
        CommandTree tree = CompletionModel.read(new CommandLine(new Quiz()));
        String bash = Scripts.bash.of(tree);
        assertThat(bash).contains("    -s|--subject) echo tags; return ;;\n", "    --subject=*) echo tags; return ;;\n",
                "    \":\"*) echo ids ;;\n  esac\n");
        assertThat(bash).doesNotContain("--note) echo");
        String fish = Scripts.fish.of(tree);
        assertThat(fish).contains("complete -c viva -n '__viva_at ' -s s -l subject -x -a '(__viva_dynamic tags)' -d 'Questions on this subject'\n",
                "complete -c viva -n '__viva_at ' -l note -x -d 'A note to keep'\n",
                "complete -c viva -n '__viva_at ' -x -a '(__viva_dynamic ids)'\n");
        assertThat(fish.lines().filter(l -> l.contains("__viva_dynamic ids)"))).hasSize(1);
    }

    /**
     * Help names these values TAG, ID and BANK; an argument that does and is not wired would get no Tab.
     * (The converse is not asked: a label may change freely.)
     */
    @Test
    void everyArgumentHelpCallsATagAnIdOrABankCompletesAsOne() {
        Map<String, Kind> byLabel = Map.of("TAG", Kind.TAGS, "ID", Kind.IDS, "BANK", Kind.BANKS);
        CommandLine root = Main.commandLine(new Context(Map.of(), System.in, Clock.systemUTC(), false));
        List<ArgSpec> labelled = args(root).filter(a -> byLabel.containsKey(a.paramLabel())).toList();
        assertThat(labelled).hasSizeGreaterThan(10);
        for (ArgSpec arg : labelled) {
            assertThat(CompletionModel.values(arg)).as(arg.command().qualifiedName() + " " + arg)
                    .isEqualTo(new Values.FromBanks(byLabel.get(arg.paramLabel())));
        }
    }

    @Test
    void theHiddenCommandAnswersNothingForAnUnknownKind() {
        Cli.Result r = new Cli(home).run("__complete", "colours", "--", "drill");
        assertThat(r.exit()).isZero();
        assertThat(r.out() + r.err()).isEmpty();
    }

    private static Stream<ArgSpec> args(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        List<ArgSpec> mine = new ArrayList<>(spec.args());
        return Stream.concat(mine.stream(), cl.getSubcommands().values().stream().flatMap(CompletionModelTest::args));
    }
}
