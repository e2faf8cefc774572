package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import viva.bank.Question;
import viva.convert.AnkiExport;
import viva.convert.JsonExport;
import viva.text.JsonText;
import viva.text.Visible;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write questions out for other tools: Anki notes, or JSON.",
        subcommands = {ExportCommand.Anki.class, ExportCommand.JsonFormat.class},
        footer = {"", "Examples:", "  viva export anki moe -o moe.txt", "  viva export json --tag lora"})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Viva root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing format: viva export anki|json [BANK...]");
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
            parent.done(spec, export.output, questions.size());
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
            parent.done(spec, export.output, questions.size());
            return ExitCode.OK.code();
        }
    }
}
