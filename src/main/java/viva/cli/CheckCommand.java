package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.completion.Kind;
import viva.drill.Coverage;
import viva.text.Glyphs;
import viva.text.Visible;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.io.IOException;

@Command(name = "check", description = {"Check an answer against a question's key points without drilling: each point as"
        + " covered or missed, with the words that matched. Nothing is stored.",
        "The answer is read from standard input, or given with --answer. Bank authors use it to try their keywords."},
        footer = {"", "Examples:", "  echo 'add a load balancing loss' | viva check moe-routing-collapse",
                "  viva check moe-routing-collapse --answer 'rich get richer' --format json"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Completes(Kind.IDS)
    @Parameters(paramLabel = "ID", description = "The question's id (see 'viva list --format ids').")
    String id;

    @Option(names = "--answer", paramLabel = "TEXT", description = "The answer to check, instead of standard input.")
    String answer;

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: for each point its text, whether it is covered, and the words that matched.")
    Format format;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Question q = QuestionIds.find(banks.load(root.context), id);
        Lang language = lang.resolve(root.context);
        QuestionText text = q.text(language);
        String given = answer != null ? answer : read();
        List<Optional<String>> matches = Coverage.matches(q, language, given);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Json.print(out, json(q, language, text, matches));
            return ExitCode.OK.code();
        }
        Glyphs glyphs = Glyphs.forCharset(root.context.charset());
        long covered = matches.stream().filter(Optional::isPresent).count();
        out.println(Visible.of(q.id() + glyphs.separator() + language.code() + glyphs.separator() + covered + "/" + matches.size()
                + " key points covered (" + Math.round(100.0 * covered / Math.max(1, matches.size())) + "%)"));
        for (int i = 0; i < matches.size(); i++) {
            Optional<String> m = matches.get(i);
            out.println(Visible.of("  " + (m.isPresent() ? glyphs.covered() : glyphs.missed()) + " " + text.points().get(i).text()
                    + m.map(k -> "   (" + k + ")").orElse("")));
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private String read() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = new InputStreamReader(root.context.in(), root.context.charset())) {
            char[] buf = new char[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                text.append(buf, 0, n);
            }
        }
        return text.toString();
    }

    private static Map<String, Object> json(Question q, Lang lang, QuestionText text, List<Optional<String>> matches) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("text", text.points().get(i).text());
            p.put("covered", matches.get(i).isPresent());
            p.put("matched", matches.get(i).map(List::of).orElse(List.of()));
            points.add(p);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", q.id());
        root.put("lang", lang.code());
        root.put("covered", matches.stream().filter(Optional::isPresent).count());
        root.put("points", points);
        return root;
    }
}
