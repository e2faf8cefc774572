package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Catalog;
import viva.bank.Lang;
import viva.bank.Question;
import viva.completion.Kind;
import viva.term.DrillText;
import viva.text.Glyphs;
import viva.term.Line;
import viva.text.Columns;
import viva.term.Palette;
import viva.term.Pager;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.List;

@Command(name = "show", description = "Show a question with its model answer, key points, hints and follow-ups.",
        footer = {"", "Examples:", "  viva show moe-routing-collapse", "  viva show fine-tuning-lora-init --lang zh"})
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Completes(Kind.IDS)
    @Parameters(paramLabel = "ID", description = "The question's id (see 'viva list --format ids').")
    String id;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = banks.load(root.context);
        Question q = QuestionIds.find(catalog, id);
        PrintWriter out = spec.commandLine().getOut();
        int terminal = Width.of(root.context);
        // As in a drill, the last column is left free: a full line would wrap on its own in some terminals.
        int width = terminal == Columns.UNLIMITED ? terminal : terminal - 1;
        Palette palette = Palette.of(root.colour());
        Lang shown = q.language(lang.resolve(root.context));
        List<String> rows = DrillText.in(Glyphs.forCharset(root.context.charset()), shown)
                .card(q, q.text(shown), width).stream().flatMap(line -> palette.printed(line, width).stream()).toList();
        if (root.context.interactive()) {
            // Taller than the screen: the pager, from the top; never in a pipe, where the whole text goes out.
            if (Pager.pageIfTaller(root.context.charset(), rows, q.id())) {
                return ExitCode.OK.code();
            }
        }
        rows.forEach(out::println);
        out.flush();
        return ExitCode.OK.code();
    }
}
