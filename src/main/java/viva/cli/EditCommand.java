package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Catalog;
import viva.bank.Location;
import viva.bank.Problem;
import viva.bank.Question;
import viva.completion.Kind;
import viva.convert.Editor;
import viva.text.Visible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "edit", description = {"Open a question's bank file in your editor at its line, then check the banks.",
        "The editor is $VISUAL, else $EDITOR, else vi. When it exits, the banks are checked again: "
                + "each problem is printed as file:line:col: message, and at a terminal viva offers to reopen "
                + "the file at the first problem, as crontab -e does.",
        "A built-in question lives inside viva's jar: copy it into a bank of your own with 'viva export yaml', "
                + "or, in a clone of viva, edit its questions/ folder as the examples do."},
        footer = {"", "Examples:", "  viva edit moe-routing-collapse --no-builtin --bank questions/",
                "  VISUAL=nano viva edit fine-tuning-lora-init --no-builtin --bank questions/"})
final class EditCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Completes(Kind.IDS)
    @Parameters(paramLabel = "ID", description = "The question's id (see 'viva list --format ids').")
    String id;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = banks.load(root.context);
        Question q = QuestionIds.find(catalog, id);
        Path file = editable(q.source());
        Location at = q.source();
        BufferedReader answers = new BufferedReader(new InputStreamReader(root.context.in(), root.context.charset()));
        while (true) {
            open(file, at);
            Banks.Check check = check(file);
            Optional<Location> problem = check.problems().stream().map(Problem::at)
                    .filter(p -> Path.of(p.file()).equals(file)).findFirst();
            if (check.ok() || problem.isEmpty() || !root.context.interactive() || !again(answers, problem.get())) {
                return check.ok() ? ExitCode.OK.code() : ExitCode.DATA.code();
            }
            at = problem.get();
        }
    }

    private void open(Path file, Location at) throws IOException, InterruptedException {
        int status = Editor.open(root.context.env(), file, at.line(), at.column());
        if (status != 0) {
            throw new VivaException(ExitCode.DATA, "the editor (" + Editor.name(root.context.env()) + ") exited with status " + status
                    + "; " + file + " was not checked");
        }
    }

    /** As crontab -e does: a person at a terminal may go straight back to the first problem (Enter or y). */
    private boolean again(BufferedReader answers, Location problem) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print("Edit again at line " + problem.line() + "? [Y/n] ");
        out.flush();
        String answer = answers.readLine();
        return answer != null && (answer.isBlank() || answer.strip().toLowerCase(Locale.ROOT).startsWith("y"));
    }

    /**
     * Built-in banks live inside the jar, where no editor can reach them. They are told apart by name:
     * a questions/ path that happens to exist in the working folder is not the bank that was loaded.
     */
    private Path editable(Location source) {
        Path file = Path.of(source.file());
        boolean builtin = !banks.noBuiltin && BankFiles.builtin().stream().anyMatch(s -> s.name().equals(source.file()));
        if (builtin || !Files.isRegularFile(file)) {
            throw new VivaException(ExitCode.DATA, "'" + id + "' is a built-in question (" + source.file()
                    + " inside viva's jar); to change it, copy it into a bank of your own with 'viva export yaml " + id
                    + " -o my-bank.yaml', give it a new id and put the file in your bank folder; or in a clone of viva run: "
                    + "viva edit " + id + " --no-builtin --bank questions/");
        }
        return file;
    }

    /** Checked with every bank viva loads, since an edit can also break id uniqueness across banks. */
    private Banks.Check check(Path file) throws IOException {
        Banks.Check check = Banks.check(banks.sources(root.context));
        PrintWriter out = spec.commandLine().getOut();
        check.problems().forEach(out::println);
        if (check.ok()) {
            out.println(Visible.of(file + ": ok"));
        }
        out.flush();
        return check;
    }
}
