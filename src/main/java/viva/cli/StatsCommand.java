package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import viva.text.Messages;
import viva.practice.History;
import viva.report.Report;
import viva.report.table.LearnersTable;
import viva.report.ReportScope;
import viva.report.table.StatsTable;
import viva.term.Palette;
import viva.text.Columns;
import viva.text.Glyphs;
import viva.text.Visible;
import viva.config.Zones;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "stats", sortOptions = false,
        description = "Where you stand: per tag, weakest first, with trends and a calendar of practice days.",
        footer = {"", "Examples:", "  viva stats", "  viva stats --since 30d -t moe,lora", "  viva stats --ascii | less"})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryCommand.ScopeOptions scopeOptions;

    @Option(names = "--ascii", description = "Draw charts with ASCII only (the default when the locale is not UTF-8).")
    boolean ascii;

    @Mixin
    CohortOption cohort;

    @Override
    public Integer call() throws Exception {
        ZoneId zone = Zones.of(root.context.env());
        Instant now = root.context.clock().instant();
        try (History history = cohort.open(root, spec.commandLine().getErr())) {
            ReportScope scope = scopeOptions.resolve(spec, history, Optional.empty(),
                    HistoryCommand.ScopeOptions.runBanks(spec, root.context), now, zone);
            Report report = cohort.addLearners(history.stats(scope, now, zone), history, scope);
            Glyphs glyphs = ascii ? Glyphs.ASCII : Glyphs.forLocale(root.context.env());
            PrintWriter out = spec.commandLine().getOut();
            int width = Width.of(root.context);
            Messages words = root.words();
            Palette.of(root.colour()).print(out, new StatsTable(glyphs, width, words)
                    .render(report, LocalDate.ofInstant(now, zone)));
            int threshold = root.settings().leechThreshold();
            Map<String, Integer> leeches = history.leeches(threshold);
            if (!leeches.isEmpty()) {
                // Ids are what a person copies: whole, one per line when they do not fit on one.
                Columns.fit(words.get("stats.leeches", threshold), width).forEach(out::println);
                leeches.forEach((id, n) -> out.println(Visible.of("  " + id + "  " + words.get("stats.leech", n))));
            }
            if (cohort.asked()) {
                new LearnersTable(width, words).render(report.learners()).forEach(out::println);
            }
            History.Corrections c = history.corrections(scope);
            if (c.marked() > 0) {
                Columns.fit(words.get("stats.corrected", c.corrected(), words.count("stats.marked", c.marked()),
                        Math.round(100.0 * c.corrected() / c.marked())), width).forEach(out::println);
            }
            out.flush();
        }
        return ExitCode.OK.code();
    }
}
