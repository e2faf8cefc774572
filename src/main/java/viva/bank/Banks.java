package viva.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Parses and checks a set of bank sources together, since ids must be unique across all of them. */
public final class Banks {
    private Banks() {
    }

    /** The result of checking: the questions that parsed cleanly and every problem found. */
    public record Check(List<Question> questions, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Check check(List<Source> sources) {
        return check(sources, BankCache.off());
    }

    /** As {@link #check(List)}, taking each user bank's questions from the cache while it vouches for them. */
    public static Check check(List<Source> sources, BankCache cache) {
        // Files parse independently, and parsing is most of start-up: use both cores, keep file order.
        return merge(sources.parallelStream().map(s -> checkOne(s, cache)).toList());
    }

    /** The files' checks as one: their problems, and ids that must be unique across all of them. */
    static Check merge(List<Check> perFile) {
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Map<String, Question> seen = new HashMap<>();
        for (Check file : perFile) {
            problems.addAll(file.problems());
            for (Question q : file.questions()) {
                Question first = seen.putIfAbsent(q.id(), q);
                if (first != null) {
                    problems.add(duplicate(q, first));
                } else {
                    questions.add(q);
                }
            }
        }
        return new Check(questions, problems);
    }

    private static Problem duplicate(Question q, Question first) {
        return new Problem(q.source(), "duplicate id '" + q.id() + "'; first defined at " + first.source()
                + " (ids must be unique across all loaded banks)");
    }

    /** A bank file left out of a run because it has problems: the first one, and how many there are. */
    public record Skipped(Problem first, int problems) {
        @Override
        public String toString() {
            return first + (problems > 1 ? " (and " + (problems - 1) + " more)" : "");
        }
    }

    /** What a run loaded, and the optional files it left out. */
    public record Loaded(Catalog catalog, List<Skipped> skipped) {
    }

    /**
     * Loads the sources, leaving out each {@code optional} one that has any problem, its ids clashing with
     * a bank before it included; a problem in any other source is fatal, as in {@link #load(List)}. The
     * user's bank folder is optional in this sense: it is loaded on every run, and one broken file in it
     * must not stop every command.
     */
    public static Loaded load(List<Source> sources, Predicate<Source> optional) throws BankException {
        return load(sources, optional, BankCache.off());
    }

    /** As {@link #load(List, Predicate)}, taking each user bank's questions from the cache while it vouches for them. */
    public static Loaded load(List<Source> sources, Predicate<Source> optional, BankCache cache) throws BankException {
        List<Check> perFile = sources.parallelStream().map(s -> checkOne(s, cache)).toList();
        List<Check> kept = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Question> seen = new HashMap<>();
        for (int i = 0; i < perFile.size(); i++) {
            Check file = perFile.get(i);
            if (optional.test(sources.get(i))) {
                List<Problem> problems = new ArrayList<>(file.problems());
                Map<String, Question> own = new HashMap<>();
                for (Question q : file.questions()) {
                    Question first = seen.containsKey(q.id()) ? seen.get(q.id()) : own.putIfAbsent(q.id(), q);
                    if (first != null) {
                        problems.add(duplicate(q, first));
                    }
                }
                if (!problems.isEmpty()) {
                    skipped.add(new Skipped(problems.get(0), problems.size()));
                    continue;
                }
            }
            file.questions().forEach(q -> seen.putIfAbsent(q.id(), q));
            kept.add(file);
        }
        Check all = merge(kept);
        if (!all.ok()) {
            throw new BankException(all.problems());
        }
        return new Loaded(new Catalog(all.questions()), skipped);
    }

    static Check checkOne(Source source) {
        return checkOne(source, BankCache.off());
    }

    private static Check checkOne(Source source, BankCache cache) {
        if (!source.readable()) {
            return new Check(List.of(), List.of(source.refused()));
        }
        Optional<List<Question>> parsed = PreParsed.lookup(source).or(() -> cache.lookup(source));
        if (parsed.isPresent()) {
            return new Check(parsed.get(), List.of());
        }
        // A file whose text was not kept is read again: the text parsed and the stamp cached are that reading's.
        Source text = source.loaded();
        if (!text.readable()) {
            return new Check(List.of(), List.of(text.refused()));
        }
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = parse(text, problems);
        if (problems.isEmpty()) {
            cache.store(text, questions);
        }
        // Problems are found in tree order; a person reads a file top to bottom.
        problems.sort(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        return new Check(questions, problems);
    }

    private static List<Question> parse(Source source, List<Problem> problems) {
        Optional<Problem> tooLong = LineLength.check(source);
        if (tooLong.isPresent()) {
            problems.add(tooLong.get());
            return List.of();
        }
        YamlNode root = new YamlReader(source.name(), problems).read(source.text(), "the file is empty; a bank starts with 'questions:'");
        return root == null ? List.of() : new BankParser(problems).parse(root);
    }

    /** Loads the sources for a drill: any problem is fatal, because a half-loaded bank would drill the wrong set. */
    public static Catalog load(List<Source> sources) throws BankException {
        Check check = check(sources);
        if (!check.ok()) {
            throw new BankException(check.problems());
        }
        return new Catalog(check.questions());
    }
}
