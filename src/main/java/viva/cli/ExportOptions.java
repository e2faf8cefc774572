package viva.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import viva.bank.Catalog;
import viva.bank.Question;
import viva.completion.Kind;
import viva.drill.Selector;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What every export format takes: which banks and questions, and where to write. */
final class ExportOptions {
    @Completes(Kind.BANKS)
    @Parameters(paramLabel = "BANK", arity = "0..*",
            description = "Bank names (e.g. moe), files or folders; without any, every bank viva would load.")
    List<String> names = new ArrayList<>();

    @Mixin
    OutputFile file;

    @Mixin
    FilterOptions filters;

    @Mixin
    BankOptions banks;

    List<Question> questions(Context context) throws Exception {
        Catalog catalog = BankSelection.load(names, banks, context);
        return Selector.matching(catalog, filters.filter());
    }

    void write(PrintWriter out, String text) throws IOException {
        file.write(out, text);
    }
}
