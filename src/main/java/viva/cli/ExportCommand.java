package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import viva.bank.Question;
import viva.bank.Catalog;
import viva.completion.Kind;
import viva.convert.AnkiExport;
import viva.convert.BankWriter;
import viva.drill.Selector;
import viva.convert.JsonExport;
import viva.text.JsonText;
import viva.text.Visible;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write questions out: Anki notes, JSON, or a bank file to start your own from.",
        subcommands = {ExportCommand.Anki.class, ExportCommand.JsonFormat.class, ExportCommand.Yaml.class},
        footer = {"", "Examples:", "  viva export anki moe -o moe.txt", "  viva export json --tag lora",
                "  viva export yaml moe-routing-collapse -o my-moe.yaml"})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing format: viva export anki|json [BANK...], or viva export yaml [ID...]");
    }

    /** A file written gets a line on standard error, so that standard output stays the data when there is no -o. */
    void done(CommandSpec command, Path output, int count) {
        if (output != null) {
            command.commandLine().getErr().println(Visible.of("wrote " + count + (count == 1 ? " question" : " questions") + " to " + output));
            command.commandLine().getErr().flush();
        }
    }

    @Command(name = "anki", sortOptions = false,
            description = {"Write a tab-separated file that Anki imports as notes (File > Import): front, back, tags.",
                    "Each note's GUID is the question id, so importing again updates the notes instead of duplicating them."},
            footer = {"", "Examples:", "  viva export anki moe -o moe.txt", "  viva export anki my-bank.yaml --lang zh -o 卡片.txt"})
    static final class Anki implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions export;

        @Mixin
        LangOption lang;

        @Override
        public Integer call() throws Exception {
            List<Question> questions = export.questions(parent.root.context);
            export.write(spec.commandLine().getOut(), AnkiExport.of(questions, lang.resolve(parent.root.context)));
            parent.done(spec, export.file.output, questions.size());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "json", sortOptions = false,
            description = "Write every field of the questions, in both languages, as one JSON document.",
            footer = {"", "Examples:", "  viva export json moe > moe.json", "  viva export json -t lora | jq '.[].id'"})
    static final class JsonFormat implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        ExportOptions export;

        @Override
        public Integer call() throws Exception {
            List<Question> questions = export.questions(parent.root.context);
            export.write(spec.commandLine().getOut(), JsonText.pretty(JsonExport.of(questions)) + "\n");
            parent.done(spec, export.file.output, questions.size());
            return ExitCode.OK.code();
        }
    }

    @Command(name = "yaml", sortOptions = false,
            description = {"Write questions, built-in ones included, as a bank file: every field in both languages, ready to edit.",
                    "Give each question a new id before the file joins your bank folder: ids are unique across all banks."},
            footer = {"", "Examples:", "  viva export yaml moe-routing-collapse -o my-moe.yaml", "  viva export yaml -t lora -o lora.yaml"})
    static final class Yaml implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Completes(Kind.IDS)
        @Parameters(paramLabel = "ID", arity = "0..*", description = "These questions, in this order (else every question the filters match).")
        List<String> ids = new ArrayList<>();

        @Mixin
        OutputFile file;

        @Mixin
        FilterOptions filters;

        @Mixin
        BankOptions banks;

        @Override
        public Integer call() throws Exception {
            Catalog catalog = banks.load(parent.root.context);
            List<Question> questions = ids.isEmpty() ? Selector.matching(catalog, filters.filter())
                    : QuestionIds.chosen(spec, catalog, ids, "the questions", "--tag", "--all-tags", "--exclude-tag", "--difficulty");
            if (questions.isEmpty()) {
                throw new VivaException(ExitCode.USAGE, "no question matches these filters; see 'viva list' and 'viva tags'");
            }
            String from = questions.stream().map(q -> q.source().file()).distinct().collect(Collectors.joining(", "));
            file.write(spec.commandLine().getOut(), BankWriter.yaml(questions, from));
            parent.done(spec, file.output, questions.size());
            return ExitCode.OK.code();
        }
    }
}
