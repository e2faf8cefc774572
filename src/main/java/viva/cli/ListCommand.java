package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Catalog;
import viva.bank.Lang;
import viva.bank.Question;
import viva.drill.Selector;
import viva.term.Columns;
import viva.text.Clock;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "list", sortOptions = false, description = "List the questions that match the filters.",
        footer = {"", "Examples:", "  viva list -t moe", "  viva list --difficulty hard --format ids", "  viva list --format json | jq ."})
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Viva root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

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
        Lang language = lang.resolve(root.context);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case ids -> questions.forEach(q -> out.println(q.id()));
            case json -> Json.print(out, questions.stream().map(q -> json(q, language)).toList());
            case table -> table(out, questions, language, width.join());
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private void table(PrintWriter out, List<Question> questions, Lang language, int width) {
        int idWidth = Math.max(2, questions.stream().mapToInt(q -> Columns.width(q.id())).max().orElse(0));
        int tagWidth = Math.max(4, questions.stream().mapToInt(q -> Columns.width(String.join(",", q.tags()))).max().orElse(0));
        out.println(row(width, Columns.pad("ID", idWidth), Columns.pad("TAGS", tagWidth), "LEVEL ", " TIME", "PROMPT"));
        for (Question q : questions) {
            out.println(row(width, Columns.pad(q.id(), idWidth), Columns.pad(String.join(",", q.tags()), tagWidth),
                    Columns.pad(q.difficulty().label(), 6), String.format("%5s", Clock.format(q.time())),
                    q.text(language).prompt()));
        }
        out.println(questions.size() + (questions.size() == 1 ? " question" : " questions"));
    }

    private static String row(int width, String id, String tags, String level, String time, String prompt) {
        String head = id + "  " + tags + "  " + level + "  " + time + "  ";
        int room = width == Width.UNLIMITED ? Width.UNLIMITED : Math.max(1, width - Columns.width(head) - 1);
        return head + Columns.cut(prompt, room);
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
