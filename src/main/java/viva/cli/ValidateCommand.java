package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.ImportLint;
import viva.bank.KeywordLint;
import viva.bank.ControlCharacters;
import viva.bank.Problem;
import viva.bank.Source;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Comparator;

@Command(name = "validate", description = {"Check question banks and print every problem as file:line:col: message.",
        "Without PATH, checks every bank viva would load (built-in, your bank folder, --bank).",
        "Control characters (escape sequences, bidi overrides) are warned about: viva shows them, never sends them."},
        footer = {"", "Examples:", "  viva validate my-bank.yaml", "  viva validate questions/"})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Bank files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    BankOptions banks;

    @picocli.CommandLine.Option(names = "--no-keyword-lint", description = "Leave out the warnings about weak keywords.")
    boolean noLint;

    @Override
    public Integer call() throws Exception {
        List<Source> sources = new ArrayList<>();
        if (paths.isEmpty()) {
            sources.addAll(banks.sources(root.context));
        }
        for (Path path : paths) {
            sources.addAll(BankFiles.read(path));
        }
        Banks.Check check = Banks.check(sources, BankOptions.cache(root.context));
        // Warnings are printed, but only problems fail the check.
        List<Problem> warnings = new ArrayList<>(sources.stream().flatMap(s -> ControlCharacters.in(s).stream()).toList());
        // The built-in banks are the project's to keep clean, and tests do: lint the person's own.
        List<Source> own = sources.stream().filter(s -> !BankFiles.builtin().contains(s)).toList();
        if (!noLint) {
            warnings.addAll(KeywordLint.of(own, check.questions()));
        }
        warnings.addAll(ImportLint.of(own));
        warnings.sort(Comparator.comparing((Problem p) -> p.at().file()).thenComparingInt(p -> p.at().line())
                .thenComparingInt(p -> p.at().column()));
        PrintWriter out = spec.commandLine().getOut();
        check.problems().forEach(out::println);
        warnings.forEach(out::println);
        String files = sources.size() + (sources.size() == 1 ? " file" : " files");
        String warned = warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        if (check.ok()) {
            int questions = check.questions().size();
            out.println(files + ", " + questions + (questions == 1 ? " question" : " questions") + ": ok" + warned);
            out.flush();
            return ExitCode.OK.code();
        }
        out.println(files + ": " + check.problems().size() + (check.problems().size() == 1 ? " problem" : " problems") + warned);
        out.flush();
        return ExitCode.DATA.code();
    }
}
