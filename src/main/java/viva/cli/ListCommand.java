package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.practice.History;
import viva.threads.Background;
import viva.bank.Catalog;
import viva.bank.Lang;
import viva.bank.Question;
import viva.drill.Selector;
import viva.report.table.QuestionTable;
import viva.term.Palette;
import viva.text.Messages;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "list", sortOptions = false, description = "List the questions that match the filters.",
        footer = {"", "Examples:", "  viva list -t moe", "  viva list --difficulty hard --format ids", "  viva list --format json | jq .", "  viva list --flagged"})
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--suspended", description = "Only the questions kept out of drills with 'viva suspend'.")
    boolean suspended;

    @Option(names = "--flagged", description = "Only the questions flagged with ':flag' during a drill, to edit them.")
    boolean flagged;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    enum Format { table, json, ids }

    @Override
    public Integer call() throws Exception {
        // Asking the terminal its width takes as long as opening it: do it while the banks load.
        CompletableFuture<Integer> width = format == Format.table ? Background.start(() -> Width.of(root.context)) : null;
        Catalog catalog = banks.load(root.context);
        List<Question> questions = Selector.matching(catalog, filters.filter());
        if (suspended || flagged) {
            try (History history = History.forReading(root.settings(), root.context.env(), spec.commandLine().getErr())) {
                Set<String> kept = suspended ? history.suspended() : Set.of();
                Set<String> marked = flagged ? history.flagged() : Set.of();
                questions = questions.stream().filter(q -> (!suspended || kept.contains(q.id())) && (!flagged || marked.contains(q.id())))
                        .toList();
            }
        }
        print(spec.commandLine().getOut(), Palette.of(root.colour()), format, questions, lang.resolve(root.context), width);
        return ExitCode.OK.code();
    }

    /** Questions as list shows them, and search too; {@code width} is asked for only for a table. */
    static void print(PrintWriter out, Palette palette, Format format, List<Question> questions, Lang language,
                      CompletableFuture<Integer> width) {
        switch (format) {
            case ids -> questions.forEach(q -> out.println(q.id()));
            case json -> Json.print(out, questions.stream().map(q -> json(q, language)).toList());
            case table -> palette.print(out, new QuestionTable(width.join(), Messages.of(language.code())).render(questions, language));
        }
        out.flush();
    }

    static Map<String, Object> json(Question q, Lang language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("tags", q.tags());
        m.put("difficulty", q.difficulty().label());
        m.put("time_seconds", q.time().toSeconds());
        m.put("lang", language.code());
        m.put("prompt", q.text(language).prompt());
        m.put("source", q.source().toString());
        return m;
    }
}
