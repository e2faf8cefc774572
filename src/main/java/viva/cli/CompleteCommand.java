package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.BankFiles;
import viva.bank.Source;
import viva.completion.Candidates;
import viva.completion.Kind;
import viva.text.Visible;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Called by the completion scripts on Tab; prints one value per line and nothing at all on any error. */
@Command(name = Candidates.COMMAND, hidden = true,
        description = "Values for shell completion: KIND is tags, ids or banks; WORDS are the words typed so far.")
final class CompleteCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND")
    String kind;

    @Parameters(index = "1..*", paramLabel = "WORDS")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            // A name a terminal would act on (a bank file named with an escape) is not offered.
            candidates().stream().filter(c -> Visible.of(c).equals(c)).forEach(out::println);
        } catch (Exception e) {
            // A broken bank or config must not spill errors into the user's prompt on Tab.
            if (root.debug) {
                e.printStackTrace(spec.commandLine().getErr());
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private List<String> candidates() throws Exception {
        Candidates.Line line = Candidates.Line.of(words);
        BankOptions options = new BankOptions();
        options.noBuiltin = line.noBuiltin();
        List<Source> sources = new ArrayList<>(options.sources(root.context));
        for (Path bank : line.banks()) {
            try {
                sources.addAll(BankFiles.read(bank));
            } catch (IOException e) {
                // a --bank still being typed, or mistyped: complete from the rest
            }
        }
        // An unknown KIND answers nothing, like any other bad input on Tab.
        return Kind.of(kind).map(k -> Candidates.of(k, sources, BankOptions.cache(root.context))).orElse(List.of());
    }
}
