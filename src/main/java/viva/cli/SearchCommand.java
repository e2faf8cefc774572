package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.threads.Background;
import viva.bank.Catalog;
import viva.bank.Question;
import viva.bank.QuestionSearch;
import viva.drill.Selector;
import viva.term.Palette;
import viva.text.Visible;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "search", sortOptions = false,
        description = "Find questions by the words of their prompt, answer, key points or tags, in both languages, best first.",
        footer = {"", "Examples:", "  viva search load balancing", "  viva search 负载均衡 -t moe", "  viva search kv cache --format ids | head -3"})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Words to look for (any language); an id or part of one ranks first.")
    List<String> words;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20",
            description = "Show at most N questions; 0 shows all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListCommand.Format format;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--limit': " + limit
                    + " (it must be 0 or more; 0 shows all)");
        }
        CompletableFuture<Integer> width = format == ListCommand.Format.table ? Background.start(() -> Width.of(root.context)) : null;
        Catalog catalog = banks.load(root.context);
        String query = String.join(" ", words);
        List<QuestionSearch.Hit> hits = QuestionSearch.find(Selector.matching(catalog, filters.filter()), query);
        List<Question> found = hits.stream().limit(limit == 0 ? Long.MAX_VALUE : limit).map(QuestionSearch.Hit::question).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty() && format != ListCommand.Format.json) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Visible.of("viva: no question has the words '" + query + "'"));
            err.flush();
            return ExitCode.OK.code();
        }
        ListCommand.print(out, Palette.of(root.colour()), format, found, lang.resolve(root.context), width);
        return ExitCode.OK.code();
    }
}
