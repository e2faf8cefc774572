package viva.bank;

import viva.text.Closest;
import viva.text.Kebab;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one bank file into questions, recording every problem with its place instead of stopping
 * at the first: a person fixing a bank wants the whole list at once.
 */
final class BankParser {
    static final Set<String> TOP_KEYS = Set.of("questions");
    static final Set<String> QUESTION_KEYS = Set.of("id", "tags", "difficulty", "time", "refs", "en", "zh");
    static final Set<String> TEXT_KEYS = Set.of("prompt", "answer", "points", "hints", "followups");
    static final Set<String> POINT_KEYS = Set.of("text", "keywords");
    static final Set<String> REF_KEYS = Set.of("title", "year", "url");
    private static final Set<String> ALL_KEYS = Stream.of(TOP_KEYS, QUESTION_KEYS, TEXT_KEYS, POINT_KEYS, REF_KEYS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private final List<Problem> problems;

    BankParser(List<Problem> problems) {
        this.problems = problems;
    }

    List<Question> parse(YamlNode root) {
        Optional<YamlNode.Mapping> top = mapping(root, "a bank");
        if (top.isEmpty()) {
            return List.of();
        }
        checkKeys(top.get(), TOP_KEYS);
        Optional<YamlNode> list = required(top.get(), "questions");
        List<Question> questions = new ArrayList<>();
        list.flatMap(node -> sequence(node, "questions")).ifPresent(seq -> {
            if (seq.items().isEmpty()) {
                problem(seq, "questions is empty; add at least one question");
            }
            for (YamlNode item : seq.items()) {
                question(item).ifPresent(questions::add);
            }
        });
        return questions;
    }

    private Optional<Question> question(YamlNode node) {
        Optional<YamlNode.Mapping> map = mapping(node, "a question");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Mapping q = map.get();
        int before = problems.size();
        checkKeys(q, QUESTION_KEYS);
        String id = required(q, "id").flatMap(n -> string(n, "id")).filter(text -> checkId(q, text)).orElse(null);
        List<String> tags = required(q, "tags").map(this::tags).orElse(List.of());
        Difficulty difficulty = required(q, "difficulty").flatMap(this::difficulty).orElse(null);
        Duration time = required(q, "time").flatMap(this::time).orElse(null);
        List<Ref> refs = optional(q, "refs").map(this::refs).orElse(List.of());
        Map<Lang, QuestionText> texts = new EnumMap<>(Lang.class);
        boolean misspelt = false;
        for (Lang lang : Lang.values()) {
            YamlNode.Entry entry = q.entries().get(lang.code());
            if (entry == null) {
                misspelt |= misspelled(q, lang.code());
            } else {
                text(entry.value(), lang).ifPresent(t -> texts.put(lang, t));
            }
        }
        // One language is enough for a bank of one's own; the built-in banks keep both (BuiltinBanksTest).
        if (!misspelt && Lang.codes().stream().noneMatch(q.entries()::containsKey)) {
            problem(q, "question " + (id == null ? "" : "'" + id + "' ") + "has no text: give an '"
                    + String.join("' or a '", Lang.codes()) + "' block (or both)");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Question(id, tags, difficulty, time, refs, texts, q.at()));
    }

    private boolean checkId(YamlNode.Mapping q, String id) {
        if (Kebab.is(id)) {
            return true;
        }
        problem(q.entries().get("id").value(), "id '" + id + "' is not kebab-case (a-z, 0-9 and '-'); try '" + Kebab.of(id) + "'");
        return false;
    }

    private List<String> tags(YamlNode node) {
        List<String> tags = new ArrayList<>();
        sequence(node, "tags").ifPresent(seq -> {
            if (seq.items().isEmpty()) {
                problem(seq, "tags is empty; give at least one topic tag, e.g. [moe]");
            }
            for (YamlNode item : seq.items()) {
                string(item, "a tag").ifPresent(tag -> {
                    if (!Kebab.is(tag)) {
                        problem(item, "tag '" + tag + "' is not kebab-case (a-z, 0-9 and '-'); try '" + Kebab.of(tag) + "'");
                    } else if (tags.contains(tag)) {
                        problem(item, "tag '" + tag + "' is listed twice");
                    } else {
                        tags.add(tag);
                    }
                });
            }
        });
        return tags;
    }

    private Optional<Difficulty> difficulty(YamlNode node) {
        return string(node, "difficulty").flatMap(text -> {
            Optional<Difficulty> d = Difficulty.parse(text);
            if (d.isEmpty()) {
                problem(node, "difficulty '" + text + "' is not one of " + String.join(", ", Difficulty.labels())
                        + didYouMean(text, Difficulty.labels()));
            }
            return d;
        });
    }

    private Optional<Duration> time(YamlNode node) {
        return string(node, "time").flatMap(text -> {
            Optional<Duration> d = Durations.parse(text);
            if (d.isEmpty()) {
                problem(node, "time '" + text + "' is not a duration; write it like 90s, 3m or 1m30s");
            } else if (d.get().compareTo(Durations.MIN) < 0 || d.get().compareTo(Durations.MAX) > 0) {
                problem(node, "time '" + text + "' is out of range; a budget is between "
                        + Durations.format(Durations.MIN) + " and " + Durations.format(Durations.MAX));
                return Optional.empty();
            }
            return d;
        });
    }

    private List<Ref> refs(YamlNode node) {
        List<Ref> refs = new ArrayList<>();
        sequence(node, "refs").ifPresent(seq -> {
            for (YamlNode item : seq.items()) {
                mapping(item, "a ref").ifPresent(map -> {
                    checkKeys(map, REF_KEYS);
                    Optional<String> title = required(map, "title").flatMap(n -> string(n, "title"));
                    Optional<Integer> year = required(map, "year").flatMap(this::year);
                    Optional<String> url = optional(map, "url").flatMap(n -> string(n, "url"));
                    if (title.isPresent() && year.isPresent()) {
                        refs.add(new Ref(title.get(), year.get(), url));
                    }
                });
            }
        });
        return refs;
    }

    private Optional<Integer> year(YamlNode node) {
        return string(node, "year").flatMap(text -> {
            if (text.matches("(1[89]|20)\\d\\d")) {
                return Optional.of(Integer.parseInt(text));
            }
            problem(node, "year '" + text + "' is not a year such as 2017");
            return Optional.empty();
        });
    }

    private Optional<QuestionText> text(YamlNode node, Lang lang) {
        String where = lang.code();
        return mapping(node, "the '" + where + "' block").flatMap(map -> {
            int before = problems.size();
            checkKeys(map, TEXT_KEYS);
            String prompt = required(map, "prompt").flatMap(n -> string(n, where + ".prompt")).orElse("");
            String answer = required(map, "answer").flatMap(n -> string(n, where + ".answer")).orElse("");
            List<KeyPoint> points = required(map, "points").map(n -> points(n, where)).orElse(List.of());
            List<String> hints = required(map, "hints").map(n -> strings(n, where + ".hints", true)).orElse(List.of());
            List<String> followups = optional(map, "followups").map(n -> strings(n, where + ".followups", false)).orElse(List.of());
            if (problems.size() > before) {
                return Optional.empty();
            }
            checkCoverage(map, where, answer, points);
            return Optional.of(new QuestionText(prompt.strip(), answer.strip(), points, hints, followups));
        });
    }

    /** A model answer that misses its own key points would teach the drill to mark good answers wrong. */
    private void checkCoverage(YamlNode.Mapping map, String where, String answer, List<KeyPoint> points) {
        Reading folded = Reading.of(answer);
        List<YamlNode> nodes = ((YamlNode.Sequence) map.entries().get("points").value()).items();
        for (int i = 0; i < points.size(); i++) {
            KeyPoint point = points.get(i);
            if (!KeywordMatcher.mentions(folded, point.keywords())) {
                problem(nodes.get(i), where + ".answer does not mention key point " + (i + 1) + " '" + point.text()
                        + "': none of its keywords [" + String.join(", ", point.keywords())
                        + "] occurs in it outside a negated clause; reword the answer or the keywords");
            }
        }
    }

    private List<KeyPoint> points(YamlNode node, String where) {
        List<KeyPoint> points = new ArrayList<>();
        sequence(node, where + ".points").ifPresent(seq -> {
            if (seq.items().isEmpty()) {
                problem(seq, where + ".points is empty; give at least one key point with its keywords");
            }
            for (YamlNode item : seq.items()) {
                mapping(item, "a key point").ifPresent(map -> {
                    checkKeys(map, POINT_KEYS);
                    Optional<String> text = required(map, "text").flatMap(n -> string(n, "a key point's text"));
                    List<String> keywords = required(map, "keywords").map(n -> strings(n, "keywords", true)).orElse(List.of());
                    if (text.isPresent() && !keywords.isEmpty()) {
                        points.add(new KeyPoint(text.get().strip(), keywords));
                    }
                });
            }
        });
        return points;
    }

    private List<String> strings(YamlNode node, String what, boolean atLeastOne) {
        List<String> values = new ArrayList<>();
        sequence(node, what).ifPresent(seq -> {
            if (atLeastOne && seq.items().isEmpty()) {
                problem(seq, what + " is empty; give at least one");
            }
            for (YamlNode item : seq.items()) {
                string(item, "an item of " + what).ifPresent(s -> values.add(s.strip()));
            }
        });
        return values;
    }

    private Optional<YamlNode> required(YamlNode.Mapping map, String key) {
        YamlNode.Entry entry = map.entries().get(key);
        if (entry == null) {
            if (!misspelled(map, key)) {
                problem(map, "missing '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** A missing key that was only misspelled is already reported as an unknown key with the right spelling. */
    private static boolean misspelled(YamlNode.Mapping map, String key) {
        return map.entries().keySet().stream()
                .filter(k -> !ALL_KEYS.contains(k))
                .anyMatch(k -> Closest.best(k, List.of(key)).isPresent());
    }

    private static Optional<YamlNode> optional(YamlNode.Mapping map, String key) {
        return Optional.ofNullable(map.entries().get(key)).map(YamlNode.Entry::value);
    }

    private void checkKeys(YamlNode.Mapping map, Set<String> allowed) {
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                List<String> sorted = allowed.stream().sorted().toList();
                problems.add(new Problem(entry.keyAt(), "unknown key '" + entry.key() + "'" + didYouMean(entry.key(), sorted)
                        + "; allowed here: " + String.join(", ", sorted)));
            }
        }
    }

    private Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        problem(node, "expected " + what + " (key: value lines), found " + node.kind());
        return Optional.empty();
    }

    private Optional<YamlNode.Sequence> sequence(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence s) {
            return Optional.of(s);
        }
        problem(node, "expected " + what + " to be a list ('- item' lines or [a, b]), found " + node.kind());
        return Optional.empty();
    }

    private Optional<String> string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return Optional.of(s.text());
        }
        String found = node instanceof YamlNode.Scalar ? "nothing" : node.kind();
        problem(node, "expected text for " + what + ", found " + found);
        return Optional.empty();
    }

    private static String didYouMean(String word, List<String> candidates) {
        return Closest.best(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private void problem(YamlNode node, String message) {
        problems.add(new Problem(node.at(), message));
    }
}
