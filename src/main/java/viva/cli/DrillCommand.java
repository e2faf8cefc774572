package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Catalog;
import viva.bank.Question;
import viva.completion.Kind;
import viva.drill.Drill;
import viva.drill.Order;
import viva.schedule.Rating;
import viva.practice.PracticeSession;
import viva.practice.QuestionPlan;
import viva.practice.SessionFilters;
import viva.config.Zones;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "drill", sortOptions = false,
        description = {"Drill questions: each one timed, answered, revealed with its key points and rated.",
                "Without a terminal (a pipe, a script) it speaks a plain line protocol; see README."},
        footer = {"", "Examples:", "  viva drill -t moe -n 3", "  viva drill -t bert,lora --difficulty hard --lang zh",
                "  viva drill --order bank --seed 7 --time-scale 1.5", "  viva drill --due --new 5",
                "  viva drill --weak -n 5", "  viva drill --exam 2026-12-14 -t moe,attention",
                "  viva drill --failed-today", "  viva drill --since 7d --rating again,hard",
                "  viva drill moe-routing-collapse fine-tuning-lora-init"})
final class DrillCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Completes(Kind.IDS)
    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Drill exactly these questions, in this order (instead of filters, --due, --weak or --exam).")
    List<String> ids = List.of();

    @Mixin
    FilterOptions filters;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "How many questions (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "random", completionCandidates = Words.Orders.class,
            description = "random or bank order (default: ${DEFAULT-VALUE}).")
    Order order;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the random order: the same seed gives the same questions.")
    Long seed;

    @Option(names = "--time-scale", paramLabel = "X", description = "Multiply every time budget (e.g. 1.5).")
    double timeScale;

    @Option(names = "--due", description = {"The questions due for review now, most likely forgotten first, plus new ones (see --new).",
            "With an exam-date in the configuration: today's share of the plan for that date."})
    boolean due;

    @Option(names = "--new", paramLabel = "N",
            description = "With --due or --exam: at most N never-seen questions a day, counting those already introduced today (default: ${DEFAULT-VALUE}).")
    int newPerDay;

    @Option(names = "--weak", description = "Your weakest questions first: lowest recall, then lowest key-point coverage.")
    boolean weak;

    @Option(names = "--leeches", description = "Only the leeches: questions rated Again leech-threshold times or more (6 unless configured), most failed first.")
    boolean leeches;

    @Option(names = "--failed-today", description = "Custom study: the questions you rated Again today, most recent first.")
    boolean failedToday;

    @Option(names = "--rating", paramLabel = "RATING", split = ",", completionCandidates = Words.Ratings.class,
            description = "Custom study: the questions you rated ${COMPLETION-CANDIDATES} (one or more) since --since, most recent first.")
    List<Rating> ratings = new ArrayList<>();

    @Option(names = "--since", paramLabel = "WHEN", converter = Since.Converter.class,
            description = "With --rating: from when (" + Since.FORMS + "; default: today).")
    Since since;

    @Option(names = "--exam", paramLabel = "DATE", description = "Interview date (YYYY-MM-DD): today's share of a plan that sees and reviews every question before it.")
    LocalDate exam;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Options.count(spec, count);
        Options.timeScale(spec, timeScale);
        Options.exclusive(spec, List.of(Map.entry("--due", due), Map.entry("--weak", weak), Map.entry("--exam", exam != null),
                Map.entry("--leeches", leeches), Map.entry("--failed-today", failedToday), Map.entry("--rating", !ratings.isEmpty())));
        if (since != null && ratings.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--since chooses from when with --rating; give --rating too"
                    + " (e.g. --since 7d --rating again)");
        }
        try (PracticeSession practice = Sessions.start(root, spec)) {
            Catalog catalog = banks.load(root.context);
            long actualSeed = seed != null ? seed : System.nanoTime() & 0xffffffL;
            List<Question> questions = ids.isEmpty() ? new QuestionPlan(practice, root.settings(), spec.commandLine().getErr())
                    .drill(catalog, request(actualSeed)) : chosenByIds(catalog);
            if (questions.isEmpty()) {
                // Nothing to do is good news, not an error.
                spec.commandLine().getOut().println(due ? "Nothing is due, and no new question is left for today. See 'viva due'."
                        : weak ? "No history yet for these questions: drill them first."
                        : leeches ? "No leech among these questions: none was rated Again " + practice.leechThreshold() + " times."
                        : failedToday ? "Nothing was rated Again today among these questions."
                        : !ratings.isEmpty() ? "No question among these was rated " + ratingWords() + " in that time."
                        : "Nothing left to do today for this interview.");
                return ExitCode.OK.code();
            }
            Drill.Plan plan = new Drill.Plan(questions, lang.resolve(root.context), timeScale, actualSeed,
                    Set.copyOf(practice.leechesAmong(questions.stream().map(Question::id).toList())));
            Supplier<String> settings = () -> SessionFilters.json(filters.filter(), Map.of("count", count, "order", order.word(),
                    "lang", plan.lang().code(), "time_scale", timeScale, "mode", mode()));
            return Sessions.exit(practice.finish(practice.run("drill", settings, actualSeed, plan, Drill::run)));
        }
    }

    private String mode() {
        return due ? "due" : weak ? "weak" : leeches ? "leeches" : exam != null ? "exam " + exam
                : failedToday ? "failed today" : !ratings.isEmpty() ? "rated " + ratingWords() : "pick";
    }

    private String ratingWords() {
        return ratings.stream().map(Rating::label).distinct().collect(Collectors.joining(" or "));
    }

    /** Custom study: what was rated how, from when; --failed-today is Again since midnight. */
    private Optional<QuestionPlan.Rated> rated() {
        if (!failedToday && ratings.isEmpty()) {
            return Optional.empty();
        }
        Instant now = root.context.clock().instant();
        ZoneId zone = Zones.of(root.context.env());
        Since from = since != null ? since : Since.parse("today").orElseThrow();
        Set<Rating> wanted = failedToday ? Set.of(Rating.AGAIN) : Set.copyOf(ratings);
        return Optional.of(new QuestionPlan.Rated(from.from(now, zone), wanted));
    }

    /** What the options ask of the question plan. */
    private QuestionPlan.Request request(long seed) {
        QuestionPlan.Way way = due ? QuestionPlan.Way.DUE : weak ? QuestionPlan.Way.WEAK : leeches ? QuestionPlan.Way.LEECHES
                : exam != null ? QuestionPlan.Way.EXAM : failedToday || !ratings.isEmpty() ? QuestionPlan.Way.RATED : QuestionPlan.Way.PICK;
        Optional<LocalDate> date = exam == null ? Optional.empty()
                : Optional.of(Options.future(spec, exam, root.context.clock().instant()));
        return new QuestionPlan.Request(way, filters.filter(), count, spec.commandLine().getParseResult().hasMatchedOption("--count"),
                order, seed, date, newPerDay, rated());
    }

    /** The questions named on the command line; filters and a schedule would contradict them. */
    private List<Question> chosenByIds(Catalog catalog) {
        return QuestionIds.chosen(spec, catalog, ids, "the drill", "--due", "--weak", "--exam", "--leeches", "--failed-today",
                "--rating", "--tag", "--all-tags", "--exclude-tag", "--difficulty", "--count");
    }
}
