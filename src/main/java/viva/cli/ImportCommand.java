package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import viva.bank.Banks;
import viva.bank.Source;
import viva.completion.Kind;
import viva.convert.BankWriter;
import viva.convert.Draft;
import viva.convert.MarkdownImporter;
import viva.convert.NotesException;
import viva.text.Kebab;
import viva.text.Visible;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import viva.bank.Problem;

@Command(name = "import", description = "Turn notes you already have into a bank draft.",
        subcommands = ImportCommand.Markdown.class,
        footer = {"", "Examples:", "  viva import markdown notes/ -o ~/.local/share/viva/banks/notes.yaml"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing format: viva import markdown PATH...");
    }

    @Command(name = "markdown", sortOptions = false,
            description = {"Make a YAML bank draft from Markdown notes.",
                    "Each heading at the level whose headings read as questions (numbered, Q:, ending in '?') becomes "
                            + "a question, with its text and sub-sections as the answer; tags come from the folder and "
                            + "file names, ids from the heading. What is not imported (contents, badges, chapter text) "
                            + "is listed as warnings. Review the draft, then 'viva validate' it."},
            footer = {"", "Examples:", "  viva import markdown interview-notes.md -o notes.yaml",
                    "  viva import markdown 面试笔记/ --tag llm -o llm.yaml"})
    static final class Markdown implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Markdown files, or folders to search for *.md.")
        List<Path> paths = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the draft here instead of to standard output.")
        Path output;

        @Option(names = "--force", description = "Overwrite FILE if it exists.")
        boolean force;

        @Completes(Kind.TAGS)
        @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Add this tag to every question (repeatable).")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            for (String tag : tags) {
                if (!Kebab.is(tag)) {
                    throw new VivaException(ExitCode.USAGE, "tag '" + tag + "' is not kebab-case (a-z, 0-9 and '-'); try '" + Kebab.of(tag) + "'");
                }
            }
            if (output != null && Files.exists(output) && !force) {
                throw new VivaException(ExitCode.DATA, output + " already exists; use --force to overwrite it");
            }
            Draft draft;
            try {
                draft = MarkdownImporter.run(paths, tags);
            } catch (NotesException e) {
                throw new VivaException(ExitCode.DATA, e.problem().toString());
            }
            PrintWriter err = spec.commandLine().getErr();
            // A problem is shown visibly (Problem.toString), so a control character in the notes never reaches the terminal.
            draft.unplaced().forEach(p -> err.println(new Problem(p.at(), "warning: " + p.message())));
            if (draft.questions().isEmpty()) {
                throw new VivaException(ExitCode.DATA, "no question found: a question is a Markdown heading ('## ...') with text under it");
            }
            String yaml = BankWriter.yaml(draft);
            // The draft must pass 'viva validate'; if it does not, that is a bug here, and it is said plainly.
            Banks.Check check = Banks.check(List.of(new Source(output == null ? "draft" : output.toString(), yaml)));
            check.problems().forEach(p -> err.println("viva: the draft has a problem (please report it): " + p));
            // YAML escapes C0 controls but not a bidi override from the notes: on a terminal it is shown, not obeyed.
            Output.write(spec.commandLine().getOut(), output, force, output == null ? Visible.of(yaml) : yaml);
            err.println(Visible.of(summary(draft)));
            err.flush();
            return check.ok() ? ExitCode.OK.code() : ExitCode.DATA.code();
        }

        private String summary(Draft draft) {
            int n = draft.questions().size();
            return "imported " + n + (n == 1 ? " question" : " questions") + " from " + draft.files().size()
                    + (draft.files().size() == 1 ? " file" : " files") + (output == null ? "" : " into " + output)
                    + (draft.unplaced().isEmpty() ? "" : "; " + draft.unplaced().size() + " not placed (listed above)")
                    + "; review it, then: viva validate " + (output == null ? "FILE" : output);
        }
    }
}
