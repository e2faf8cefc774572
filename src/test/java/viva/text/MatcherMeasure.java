package viva.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.drill.Coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Precision and recall of the key-point matcher on labelled answers (JSON lines: question_id, lang,
 * point_text, answer, covered, kind), per language, against the built-in banks. A development tool and
 * the engine of MatcherQualityTest: {@code java -cp target/viva.jar:target/test-classes viva.text.MatcherMeasure FILE...}
 */
public final class MatcherMeasure {
    /** One labelled answer, resolved to its question's text and point. */
    record Case(String id, Lang lang, Question question, QuestionText text, int point, String answer, boolean covered, String kind) {
    }

    /** Counts of one language. */
    record Figures(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        Figures add(boolean said, boolean truth) {
            return new Figures(tp + (said && truth ? 1 : 0), fp + (said && !truth ? 1 : 0), fn + (!said && truth ? 1 : 0),
                    tn + (!said && !truth ? 1 : 0));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)", precision(), recall(), tp, fp, fn, tn);
        }
    }

    public static void main(String[] args) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String file : args) {
            cases.addAll(read(Path.of(file)));
        }
        report("before (substring of folded text)", measure(cases, MatcherMeasure::substring));
        report("now", measure(cases, MatcherMeasure::says));
        if (System.getProperty("misses") != null) {
            for (Case c : cases) {
                Optional<String> found = Coverage.matches(c.question(), c.lang(), c.answer()).get(c.point());
                boolean said = found.isPresent();
                if (said != c.covered()) {
                    System.out.println((said ? "FP (" + found.get() + ") " : "FN ") + c.kind() + " " + c.id() + " [" + c.text().points().get(c.point()).text()
                            + "] " + c.text().points().get(c.point()).keywords() + "\n    " + c.answer());
                }
            }
        }
    }

    /** What viva suggests for the labelled point. */
    static boolean says(Case c) {
        return Coverage.matches(c.question(), c.lang(), c.answer()).get(c.point()).isPresent();
    }

    private static void report(String name, Map<Lang, Figures> figures) {
        figures.forEach((lang, f) -> System.out.println(name + " " + lang.code() + ": " + f));
    }

    static Map<Lang, Figures> measure(List<Case> cases, Function<Case, Boolean> matcher) {
        Map<Lang, Figures> out = new TreeMap<>();
        for (Case c : cases) {
            out.merge(c.lang(), new Figures(0, 0, 0, 0).add(matcher.apply(c), c.covered()),
                    (a, b) -> new Figures(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn(), a.tn() + b.tn()));
        }
        return out;
    }

    /** The matcher viva had: any keyword as a substring of the answer with everything but letters and digits removed. */
    private static boolean substring(Case c) {
        String folded = KeywordMatcher.fold(c.answer());
        KeyPoint p = c.text().points().get(c.point());
        return p.keywords().stream().map(KeywordMatcher::fold).anyMatch(k -> !k.isEmpty() && folded.contains(k));
    }

    static List<Case> read(Path file) throws IOException {
        Map<String, Question> questions = Banks.check(BankFiles.builtin()).questions().stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            Question q = questions.get(n.get("question_id").asText());
            Lang lang = Lang.parse(n.get("lang").asText()).orElseThrow();
            if (q == null) {
                System.err.println("no question " + n.get("question_id").asText() + " in the built-in banks; skipped");
                continue;
            }
            QuestionText text = q.text(lang);
            String pointText = n.get("point_text").asText();
            Optional<Integer> point = IntStream.range(0, text.points().size())
                    .filter(i -> text.points().get(i).text().equals(pointText)).boxed().findFirst();
            if (point.isEmpty()) {
                System.err.println("no point '" + pointText + "' in " + q.id() + " " + lang.code() + "; skipped");
                continue;
            }
            cases.add(new Case(q.id(), lang, q, text, point.get(), n.get("answer").asText(), n.get("covered").asBoolean(),
                    n.get("kind").asText()));
        }
        return cases;
    }
}
