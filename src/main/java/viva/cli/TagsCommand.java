package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Catalog;
import viva.text.Columns;

import java.io.PrintWriter;
import java.util.SortedMap;
import java.util.concurrent.Callable;

@Command(name = "tags", description = "Each tag with the number of questions that carry it.",
        footer = {"", "Examples:", "  viva tags", "  viva tags --format json"})
final class TagsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    BankOptions banks;

    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        Catalog catalog = banks.load(root.context);
        SortedMap<String, Integer> counts = catalog.tagCounts();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Json.print(out, counts);
            return ExitCode.OK.code();
        }
        int width = counts.keySet().stream().mapToInt(Columns::width).max().orElse(3);
        counts.forEach((tag, n) -> out.println(Columns.pad(tag, width) + "  " + String.format("%3d", n)));
        int questions = catalog.questions().size();
        out.println(counts.size() + (counts.size() == 1 ? " tag, " : " tags, ") + questions + (questions == 1 ? " question" : " questions"));
        out.flush();
        return ExitCode.OK.code();
    }
}
