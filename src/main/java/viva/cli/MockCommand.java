package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Catalog;
import viva.bank.Question;
import viva.drill.Drill;
import viva.drill.Order;
import viva.drill.Selector;
import viva.drill.Summary;
import viva.store.SessionFilters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;

@Command(name = "mock", sortOptions = false,
        description = {"A mock interview: answers under one overall clock, model answers and ratings at the end.",
                "Each question keeps its own budget too. When the questions run out or the time is up, each answer",
                "is revealed with its key points and rated in turn, and the whole is kept as one session."},
        footer = {"", "Examples:", "  viva mock --minutes 45", "  viva mock --minutes 20 -t moe,attention --lang zh"})
final class MockCommand implements Callable<Integer> {
    @ParentCommand
    Viva root;

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "45", description = "Length of the interview (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Mixin
    FilterOptions filters;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the choice of questions.")
    Long seed;

    @Option(names = "--time-scale", paramLabel = "X", defaultValue = "1", description = "Multiply every question's budget.")
    double timeScale;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Options.positive(spec, "--minutes", minutes);
        Options.timeScale(spec, timeScale);
        try (Practice practice = Practice.start(root, spec)) {
            Catalog catalog = practice.drawable(banks.load(root.context));
            long actualSeed = seed != null ? seed : System.nanoTime() & 0xffffffL;
            List<Question> shuffled = Selector.pick(catalog, filters.filter(), Integer.MAX_VALUE, Order.RANDOM, actualSeed);
            Duration length = Duration.ofMinutes(minutes);
            Drill.Plan all = new Drill.Plan(shuffled, lang.resolve(root.context), timeScale, actualSeed);
            Drill.Plan plan = new Drill.Plan(fill(all, length), all.lang(), timeScale, actualSeed).repeatedBy(again(actualSeed));
            Supplier<String> settings = () -> SessionFilters.json(filters.filter(), Map.of("minutes", minutes, "lang", plan.lang().code(),
                    "time_scale", timeScale));
            return practice.finish(practice.run("mock", settings, actualSeed, plan, (drill, p) -> drill.mock(p, length)));
        }
    }

    /** As many questions as their budgets fit in the interview, in the drawn order; always at least one. */
    private static List<Question> fill(Drill.Plan drawn, Duration length) {
        if (drawn.questions().isEmpty()) {
            throw new VivaException(ExitCode.USAGE, "no question matches these filters; see 'viva list' and 'viva tags'");
        }
        List<Question> chosen = new ArrayList<>();
        Duration used = Duration.ZERO;
        for (Question q : drawn.questions()) {
            Duration budget = drawn.budget(q);
            if (!chosen.isEmpty() && used.plus(budget).compareTo(length) > 0) {
                continue;
            }
            chosen.add(q);
            used = used.plus(budget);
        }
        return chosen;
    }

    /** The command line as given, with the seed this run used: the same questions in the same order. */
    private String again(long usedSeed) {
        List<String> args = new java.util.ArrayList<>();
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        // What follows the command's name: the options before it are the root's (colour, debug), not the interview's.
        List<String> given = all.subList(all.indexOf(spec.name()) + 1, all.size());
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--seed")) {
                i++;
            } else if (!a.startsWith("--seed=")) {
                args.add(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
            }
        }
        args.add("--seed");
        args.add(String.valueOf(usedSeed));
        return "viva mock " + String.join(" ", args);
    }
}
