package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import viva.bank.Catalog;
import viva.practice.History;
import viva.threads.Background;
import viva.practice.TextVersions;
import viva.report.CsvReport;
import viva.report.HtmlReport;
import viva.report.JsonReport;
import viva.report.MarkdownReport;
import viva.report.Report;
import viva.report.ReportScope;
import viva.text.Visible;
import viva.config.Zones;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

@Command(name = "report", sortOptions = false,
        description = "A score report to keep or share: summary, per tag, per question, slowest and weakest, per session.",
        footer = {"", "Examples:", "  viva report --session last", "  viva report --format html -o report.html",
                "  viva report --format csv --since 30d -o scores.csv", "  viva report --format json | jq .summary"})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    HistoryCommand.ScopeOptions scopeOptions;

    @Option(names = "--answers", description = "Include every attempt with its typed answer (the default with --session).")
    boolean answers;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Mixin
    BankOptions banks;

    @Mixin
    CohortOption cohort;

    enum Format { md, html, csv, json }

    @Override
    public Integer call() throws Exception {
        ZoneId zone = Zones.of(root.context.env());
        Instant now = root.context.clock().instant();
        // The banks are needed only for the "changed since" marks: they load on a second core while SQLite sums.
        CompletableFuture<Optional<Catalog>> catalog = Background.call(() -> HistoryCommand.catalog(banks, root.context));
        try (History history = cohort.open(root, spec.commandLine().getErr())) {
            ReportScope scope = scopeOptions.resolve(spec, history, Optional.empty(), () -> Background.join(catalog), now, zone);
            Report report = cohort.addLearners(history.report(scope, answers || scope.session().isPresent(), now, zone), history, scope)
                    .markChanged(Background.await(catalog).map(TextVersions::of).orElse(TextVersions.UNKNOWN));
            // CSV and JSON stream every attempt to the output as it is read; Markdown and HTML are documents to read.
            write(switch (format) {
                case md -> out -> out.write(MarkdownReport.render(report));
                case html -> out -> out.write(HtmlReport.render(report));
                case csv -> out -> CsvReport.render(report, out);
                case json -> out -> JsonReport.render(report, out);
            });
        }
        return ExitCode.OK.code();
    }

    private void write(Output.Text text) throws IOException {
        Output.write(spec.commandLine().getOut(), output, force, text);
        if (output == null) {
            return;
        }
        spec.commandLine().getErr().println(Visible.of("Wrote " + output));
        spec.commandLine().getErr().flush();
    }
}
