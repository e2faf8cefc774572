package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import viva.config.HistoryUrl;
import viva.practice.History;
import viva.text.JsonText;
import viva.text.Visible;
import viva.bank.BankException;
import viva.bank.Catalog;
import viva.drill.UnknownTagException;
import viva.completion.Kind;
import viva.practice.TextVersions;
import viva.report.AttemptFields;
import viva.report.AttemptRow;
import viva.report.Csv;
import viva.report.ReportScope;
import viva.report.table.HistoryTable;
import viva.term.Palette;
import viva.config.Zones;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "history", sortOptions = false, description = "Every rated attempt, newest first, from the history kept by 'viva drill'.",
        footer = {"", "Examples:", "  viva history", "  viva history -t moe --since 7d",
                "  viva history --question fine-tuning-lora-init --answers", "  viva history --format csv --limit 0 > attempts.csv"})
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ScopeOptions scopeOptions;

    @Completes(Kind.IDS)
    @Option(names = {"-q", "--question"}, paramLabel = "ID", description = "Attempts at this question only.")
    String question;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50",
            description = "Show the newest N attempts; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--answers", description = "Show the typed answers under each row (JSON and CSV always carry them).")
    boolean answers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--copy-to", paramLabel = "URL|FILE",
            description = "Copy the whole history (SQLite or PostgreSQL, as 'history' says) into this PostgreSQL database (postgresql://HOST/DATABASE) or SQLite file, under the same ids; run again, it adds nothing.")
    String copyTo;

    @Mixin
    BankOptions banks;

    enum Format { table, json, csv }

    /** The filters history, stats and report share. */
    static final class ScopeOptions {
        @Completes(Kind.TAGS)
        @Option(names = {"-t", "--tag"}, paramLabel = "TAG", split = ",", description = "Attempts at questions with any of these tags.")
        List<String> tags = new ArrayList<>();

        @Option(names = "--since", paramLabel = "WHEN", converter = Since.Converter.class,
                description = "From this day (2025-03-01), span (12h, 7d, 2w), today, yesterday or weekday (monday: the last one before today).")
        Since since;

        @Option(names = "--session", paramLabel = "N", description = "One session: its number, or 'last'.")
        String session;

        ReportScope resolve(CommandSpec spec, History history, Optional<String> question, ScopeArgs.KnownBanks banks,
                            Instant now, ZoneId zone) throws IOException, BankException, UnknownTagException {
            return new ScopeArgs(tags, question, Optional.ofNullable(since), Optional.ofNullable(session))
                    .resolve(spec, history, banks, now, zone);
        }

        /** For a command without --bank (stats): the banks every run loads, with the command's warnings. */
        static ScopeArgs.KnownBanks runBanks(CommandSpec spec, Context context) {
            return () -> {
                BankOptions banks = new BankOptions();
                banks.command = spec;
                return catalog(banks, context);
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--limit': " + limit + " (0 or more)");
        }
        if (copyTo != null) {
            return copy();
        }
        ZoneId zone = Zones.of(root.context.env());
        Optional<Catalog> catalog = catalog(banks, root.context);
        TextVersions texts = catalog.map(TextVersions::of).orElse(TextVersions.UNKNOWN);
        try (History history = History.forReading(root.settings(), root.context.env(), spec.commandLine().getErr())) {
            ReportScope scope = scopeOptions.resolve(spec, history, Optional.ofNullable(question), () -> catalog,
                    root.context.clock().instant(), zone);
            PrintWriter out = spec.commandLine().getOut();
            if (limit == 0 && format != Format.table) {
                stream(history, scope, texts, out);
                return ExitCode.OK.code();
            }
            List<AttemptRow> attempts = history.attempts(scope, limit);
            switch (format) {
                case table -> Palette.of(root.colour()).print(out, new HistoryTable(zone, Width.of(root.context), texts, root.words()).render(attempts, answers));
                case json -> Json.print(out, attempts.stream()
                        .map(a -> AttemptFields.json(a, texts.changed(a))).toList());
                case csv -> out.print(Csv.write(AttemptFields.CSV_COLUMNS, attempts.stream()
                        .map(a -> AttemptFields.csv(a, texts.changed(a))).toList()));
            }
            out.flush();
        }
        return ExitCode.OK.code();
    }

    /** The whole history for a program: written as it is read, so that a million attempts are never held at once. */
    private void stream(History history, ReportScope scope, TextVersions texts, PrintWriter out) throws IOException {
        if (format == Format.json) {
            try (JsonText.Array json = JsonText.array(out)) {
                history.eachAttempt(scope, a -> json.add(AttemptFields.json(a, texts.changed(a))));
            }
            out.println();
        } else {
            try (Csv.Rows csv = Csv.to(out, AttemptFields.CSV_COLUMNS)) {
                history.eachAttempt(scope, a -> csv.add(AttemptFields.csv(a, texts.changed(a))));
            }
        }
        out.flush();
    }

    private int copy() throws IOException {
        History.Copied copied;
        try {
            copied = History.copy(root.settings(), root.context.env(), copyTo);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--copy-to': " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Visible.of("Copied " + copied.added() + (copied.added() == 1 ? " attempt" : " attempts") + " into " + shown(copyTo)
                + (copied.already() > 0 ? "; " + copied.already() + (copied.already() == 1 ? " was" : " were") + " there already" : "") + "."));
        out.flush();
        return ExitCode.OK.code();
    }

    /** A URL as 'viva config' shows it; a file as given. */
    private static String shown(String target) {
        return HistoryUrl.looksLikeUrl(target) ? HistoryUrl.of(target).toString() : target;
    }

    /**
     * History is worth showing even when a bank no longer loads: the banks serve only the "changed since" marks
     * and the closest names for a mistyped tag or id. Empty when they do not load, unless a --bank was named.
     */
    static Optional<Catalog> catalog(BankOptions banks, Context context) throws IOException, BankException {
        try {
            return Optional.of(banks.load(context));
        } catch (BankException e) {
            if (!banks.banks.isEmpty()) {
                throw e;
            }
            return Optional.empty();
        }
    }
}
