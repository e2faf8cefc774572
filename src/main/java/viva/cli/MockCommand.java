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
import viva.practice.PracticeSession;
import viva.practice.QuestionPlan;
import viva.practice.SessionFilters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.concurrent.Callable;

@Command(name = "mock", sortOptions = false,
        description = {"A mock interview: answers under one overall clock, model answers and ratings at the end.",
                "Questions keep coming while time is left, as an interviewer would ask them (-n sets how many), and each "
                        + "keeps its own budget too. When the time is up, each answer is revealed with its key points and "
                        + "rated in turn, and the whole is kept as one session."},
        footer = {"", "Examples:", "  viva mock --minutes 45", "  viva mock --minutes 20 -t moe,attention --lang zh"})
final class MockCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "45", description = "Length of the interview (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = {"-n", "--count"}, paramLabel = "N",
            description = "Exactly N questions, as long as the time lasts (default: keep asking while time is left).")
    Integer count;

    @Mixin
    FilterOptions filters;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the choice of questions.")
    Long seed;

    @Option(names = "--time-scale", paramLabel = "X", description = "Multiply every question's budget.")
    double timeScale;

    @Mixin
    LangOption lang;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Options.positive(spec, "--minutes", minutes);
        if (count != null) {
            Options.count(spec, count);
        }
        Options.timeScale(spec, timeScale);
        try (PracticeSession practice = Sessions.start(root, spec)) {
            Catalog catalog = practice.drawable(banks.load(root.context));
            long actualSeed = seed != null ? seed : System.nanoTime() & 0xffffffL;
            List<Question> shuffled = Selector.pick(catalog, filters.filter(), Integer.MAX_VALUE, Order.RANDOM, actualSeed);
            Duration length = Duration.ofMinutes(minutes);
            Drill.Plan all = new Drill.Plan(shuffled, lang.resolve(root.context), timeScale, actualSeed);
            Drill.Plan plan = new Drill.Plan(QuestionPlan.interview(all, length, count == null ? OptionalInt.empty() : OptionalInt.of(count)), all.lang(), timeScale, actualSeed).repeatedBy(again(actualSeed));
            Map<String, Object> kept = new LinkedHashMap<>(Map.of("minutes", minutes, "lang", plan.lang().code(), "time_scale", timeScale));
            if (count != null) {
                kept.put("count", count);
            }
            Supplier<String> settings = () -> SessionFilters.json(filters.filter(), kept);
            return Sessions.exit(practice.finish(practice.run("mock", settings, actualSeed, plan, (drill, p) -> drill.mock(p, length, count != null))));
        }
    }

    /** The command line as given, with the seed this run used: the same questions in the same order. */
    private String again(long usedSeed) {
        List<String> args = new ArrayList<>();
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
