package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.text.Messages;
import viva.bank.Catalog;
import viva.practice.PracticeSession;
import viva.practice.QuestionPlan;
import viva.threads.Background;
import viva.bank.Question;
import viva.drill.Selector;
import viva.schedule.Memory;
import viva.schedule.Planner;
import viva.text.Columns;
import viva.report.table.ForecastTable;
import viva.term.Palette;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

@Command(name = "due", sortOptions = false,
        description = {"What is due for review now, and a forecast of the next 14 days per tag.",
                "With --exam, the plan for an interview date: how many new questions a day, and whether it fits."},
        footer = {"", "Examples:", "  viva due", "  viva due -t moe", "  viva due --exam 2026-12-14 -t moe,attention"})
final class DueCommand implements Callable<Integer> {
    private static final int DAYS = 14;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--exam", paramLabel = "DATE", description = "Interview date (YYYY-MM-DD): show the plan for it (default: exam-date of the configuration).")
    LocalDate exam;

    @Option(names = "--new", paramLabel = "N",
            description = "New questions a day you are willing to take on (default: ${DEFAULT-VALUE}).")
    int newPerDay;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        CompletableFuture<Integer> widthLater = Background.start(() -> Width.of(root.context));
        try (PracticeSession practice = Sessions.history(root, spec)) {
            Catalog catalog = practice.drawable(banks.load(root.context));
            List<Question> scope = Selector.matching(catalog, filters.filter());
            List<String> ids = scope.stream().map(Question::id).toList();
            Planner planner = new Planner(practice.scheduler());
            Memory memory = practice.memory();
            Instant now = root.context.clock().instant();
            PrintWriter out = spec.commandLine().getOut();
            int width = widthLater.join();
            LocalDate interview = exam != null ? exam : QuestionPlan.configuredExam(root.settings(), now).orElse(null);
            if (interview != null) {
                examPlan(out, planner.exam(ids, memory, now, Options.future(spec, interview, now)), scope,
                        memory.introducedOn(now, ids), width);
            } else {
                List<String> dueNow = planner.due(ids, memory, now);
                List<String> fresh = planner.fresh(ids, memory, now, newPerDay);
                Messages words = root.words();
                Columns.fit(words.get("due.summary", dueNow.size(), fresh.size(), newPerDay), width).forEach(out::println);
                out.println(words.get("due.drill"));
                leechLine(practice, ids).ifPresent(line -> Columns.fit(line, width).forEach(out::println));
                forecast(out, scope, planner, memory, now, width);
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    private void forecast(PrintWriter out, List<Question> scope, Planner planner, Memory memory, Instant now, int width) {
        SortedMap<String, List<String>> byTag = new TreeMap<>();
        scope.forEach(q -> q.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(q.id())));
        Map<String, SortedMap<LocalDate, Integer>> rows = new LinkedHashMap<>();
        rows.put(root.words().get("table.due.all"), planner.forecast(scope.stream().map(Question::id).toList(), memory, now, DAYS));
        byTag.forEach((tag, ids) -> {
            SortedMap<LocalDate, Integer> counts = planner.forecast(ids, memory, now, DAYS);
            if (counts.values().stream().anyMatch(n -> n > 0)) {
                rows.put(tag, counts);
            }
        });
        out.println();
        Palette.of(root.colour()).print(out, ForecastTable.render(rows, width, root.words()));
    }

    private void examPlan(PrintWriter out, Planner.ExamPlan plan, List<Question> scope, long introducedToday, int width) {
        Consumer<String> say = text -> Columns.fit(text, width).forEach(out::println);
        int total = scope.size();
        Map<String, Duration> budgets = new HashMap<>();
        scope.forEach(q -> budgets.put(q.id(), q.time()));
        say.accept("Interview on " + plan.exam() + ": " + plan.daysLeft() + (plan.daysLeft() == 1 ? " day" : " days") + " left.");
        say.accept("In scope: " + total + (total == 1 ? " question" : " questions") + "; never seen " + plan.unseen() + "; seen but not yet reviewed again "
                + plan.seenOnce() + ".");
        say.accept("Plan: " + plan.newPerDay() + " new a day, each reviewed again on a later day before the interview.");
        // New questions from any tag count against the day's share, so a share already taken is said as such.
        String taken = plan.fresh().isEmpty() && plan.unseen() > 0 && introducedToday > 0
                ? " (" + introducedToday + " already introduced today)" : "";
        long minutes = Math.round(plan.today().stream().map(budgets::get).filter(Objects::nonNull)
                .mapToLong(Duration::toSeconds).sum() / 60.0);
        say.accept("Today: " + plan.reviews().size() + " to review and " + plan.fresh().size() + " new" + taken
                + ", about " + minutes + " min of answering: viva drill --exam " + plan.exam());
        if (!plan.fits()) {
            say.accept("It does not fit: there is no day left to review what is still unseen. Narrow the tags, or move the date.");
        } else if (plan.newPerDay() > newPerDay) {
            say.accept("It does not fit: it needs " + plan.newPerDay() + " new a day, more than the " + newPerDay
                    + " you allow (--new); raise the limit, narrow the tags, or move the date.");
        } else {
            say.accept("It fits.");
        }
    }

    /** Leeches in scope, named, with the drill for them: a plan alone would keep failing them the same way. */
    private Optional<String> leechLine(PracticeSession practice, List<String> scope) throws IOException {
        List<String> found = practice.leechesAmong(scope);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(root.words().get("due.leeches", practice.leechThreshold(), String.join(", ", found)));
    }
}
