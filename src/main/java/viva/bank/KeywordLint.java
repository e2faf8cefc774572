package viva.bank;

import viva.text.Han;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Warnings about keywords that would make viva's suggested marks wrong: too short to be a word of their
 * own, a bare number, words of the prompt, a point its own keywords do not cover, a keyword so common it
 * fires on a quarter of the other answers, a piece of a formula cut at a comma. Each at the keyword's place.
 */
public final class KeywordLint {
    private static final Pattern BARE_NUMBER = Pattern.compile("[-+]?[\\d.,]+\\s*[%x×]?");
    /** A keyword that fires on this share of the other questions' model answers tells nothing apart. */
    private static final double TOO_COMMON = 0.25;

    private KeywordLint() {
    }

    /** Warnings for the sources' keywords; {@code all} are every question loaded with them, for how often a keyword fires. */
    public static List<Problem> of(List<Source> sources, List<Question> all) {
        Map<Lang, List<Answer>> answers = new HashMap<>();
        for (Question q : all) {
            for (Lang lang : Lang.values()) {
                if (q.has(lang)) {
                    QuestionText t = q.text(lang);
                    answers.computeIfAbsent(lang, l -> new ArrayList<>()).add(new Answer(q.id(), Reading.of(t.answer())));
                }
            }
        }
        List<Problem> warnings = new ArrayList<>();
        for (Source source : sources) {
            YamlNode root = new YamlReader(source.name(), new ArrayList<>()).read(source.text(), "");
            questions(root).forEach(q -> lint(q, answers, warnings));
        }
        return warnings;
    }

    private record Answer(String id, Reading reading) {
    }

    private static List<YamlNode.Mapping> questions(YamlNode root) {
        List<YamlNode.Mapping> out = new ArrayList<>();
        if (root instanceof YamlNode.Mapping m && m.entries().get("questions") != null
                && m.entries().get("questions").value() instanceof YamlNode.Sequence s) {
            s.items().stream().filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast).forEach(out::add);
        }
        return out;
    }

    private static void lint(YamlNode.Mapping question, Map<Lang, List<Answer>> answers, List<Problem> warnings) {
        String id = text(question, "id");
        for (Lang lang : Lang.values()) {
            if (!(value(question, lang.code()) instanceof YamlNode.Mapping block)) {
                continue;
            }
            Reading prompt = Reading.of(text(block, "prompt"));
            if (!(value(block, "points") instanceof YamlNode.Sequence points)) {
                continue;
            }
            for (YamlNode p : points.items()) {
                if (p instanceof YamlNode.Mapping point && value(point, "keywords") instanceof YamlNode.Sequence keywords) {
                    lintPoint(id, lang, point, keywords, prompt, answers.getOrDefault(lang, List.of()), warnings);
                }
            }
        }
    }

    private static void lintPoint(String id, Lang lang, YamlNode.Mapping point, YamlNode.Sequence keywords, Reading prompt,
                                  List<Answer> answers, List<Problem> warnings) {
        String where = lang.code() + " keyword ";
        Reading pointText = Reading.of(text(point, "text"));
        boolean ownTextCovered = false;
        for (YamlNode node : keywords.items()) {
            if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
                continue;
            }
            String k = s.text().strip();
            ownTextCovered |= KeywordMatcher.occurs(pointText, k);
            String folded = KeywordMatcher.fold(k);
            boolean latin = k.codePoints().noneMatch(Han::is);
            if (BARE_NUMBER.matcher(k).matches()) {
                warn(warnings, s, where + "'" + k + "' is a bare number: any answer with that number covers the point;"
                        + " say what it counts ('clip range 0.2', 'ε = 0.2')");
            } else if (latin && folded.length() <= 3) {
                warn(warnings, s, where + "'" + k + "' is 3 characters or fewer: write the phrase a candidate would type"
                        + " around it ('KL penalty', not 'KL')");
            }
            if (KeywordMatcher.occurs(prompt, k)) {
                warn(warnings, s, where + "'" + k + "' occurs in the question's prompt, so it never counts; name what the"
                        + " answer adds instead");
            }
            if (unbalanced(k)) {
                warn(warnings, s, where + "'" + k + "' has unbalanced brackets: a formula cut at a comma by a flow list?"
                        + " Quote the whole formula");
            }
            long others = answers.stream().filter(a -> !a.id().equals(id)).count();
            long fires = others < 8 ? 0 : answers.stream().filter(a -> !a.id().equals(id) && KeywordMatcher.occurs(a.reading(), k)).count();
            if (others >= 8 && fires >= TOO_COMMON * others) {
                warn(warnings, s, where + "'" + k + "' occurs in " + fires + " of " + others + " other model answers: it tells"
                        + " nothing apart; use a phrase specific to this point");
            }
        }
        if (!ownTextCovered && !keywords.items().isEmpty()) {
            warn(warnings, point.entries().get("text") == null ? point : point.entries().get("text").value(),
                    lang.code() + " key point '" + text(point, "text") + "' is not matched by any of its own keywords;"
                            + " add the words the point itself uses");
        }
    }

    private static boolean unbalanced(String k) {
        int depth = 0;
        for (char c : k.toCharArray()) {
            depth += "([{".indexOf(c) >= 0 ? 1 : ")]}".indexOf(c) >= 0 ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    private static void warn(List<Problem> warnings, YamlNode at, String message) {
        warnings.add(new Problem(at.at(), "warning: " + message));
    }

    private static YamlNode value(YamlNode.Mapping m, String key) {
        YamlNode.Entry e = m.entries().get(key);
        return e == null ? null : e.value();
    }

    private static String text(YamlNode.Mapping m, String key) {
        return value(m, key) instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : "";
    }
}
