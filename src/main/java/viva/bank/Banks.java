package viva.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        // Files parse independently, and parsing is most of start-up: use both cores, keep file order.
        return merge(sources.parallelStream().map(Banks::checkOne).toList());
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
                    problems.add(new Problem(q.source(), "duplicate id '" + q.id() + "'; first defined at " + first.source()
                            + " (ids must be unique across all loaded banks)"));
                } else {
                    questions.add(q);
                }
            }
        }
        return new Check(questions, problems);
    }

    static Check checkOne(Source source) {
        if (!source.readable()) {
            return new Check(List.of(), List.of(source.refused()));
        }
        Optional<List<Question>> parsed = PreParsed.lookup(source);
        if (parsed.isPresent()) {
            return new Check(parsed.get(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = parse(source, problems);
        // Problems are found in tree order; a person reads a file top to bottom.
        problems.sort(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        return new Check(questions, problems);
    }

    private static List<Question> parse(Source source, List<Problem> problems) {
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
