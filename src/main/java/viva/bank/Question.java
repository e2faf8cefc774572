package viva.bank;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One interview question. The id is what history hangs on, so it is stable while the text may be
 * edited freely.
 */
public record Question(String id, List<String> tags, Difficulty difficulty, Duration time, List<Ref> refs,
                       Map<Lang, QuestionText> texts, Location source) {
    public Question {
        tags = List.copyOf(tags);
        refs = List.copyOf(refs);
        // Texts read from a cache entry stay encoded until asked for; copying them would decode them all.
        texts = texts instanceof EncodedTexts ? texts : Map.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a question needs a text in at least one language: " + id);
        }
    }

    /** Whether the question is written in this language (a user's bank may give only one). */
    public boolean has(Lang lang) {
        return texts.containsKey(lang);
    }

    /** The language the question is shown in when {@code wanted} is asked for: that one, or the one it has. */
    public Lang language(Lang wanted) {
        if (texts.containsKey(wanted)) {
            return wanted;
        }
        return Arrays.stream(Lang.values()).filter(texts::containsKey).findFirst().orElseThrow();
    }

    /** The text in this language, or in the language the question has when it lacks this one ({@link #language}). */
    public QuestionText text(Lang lang) {
        return texts.get(language(lang));
    }

    /**
     * What each point of the text in this language listens for: its own keywords, then the other
     * languages' keywords of the same point that are written in Latin script, because an answer in
     * Chinese names most technical terms in English ("value head", "swap", "critic"). Only where the
     * texts list the same number of points, so that point i is the same point in each.
     */
    public List<List<String>> keywords(Lang lang) {
        QuestionText own = text(lang);
        if (language(lang) == Lang.EN) {
            // An English answer borrows no Chinese, and the Latin terms of a Chinese text are the English text's own.
            return own.points().stream().map(KeyPoint::keywords).toList();
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < own.points().size(); i++) {
            List<String> heard = new ArrayList<>(own.points().get(i).keywords());
            for (Map.Entry<Lang, QuestionText> other : texts.entrySet()) {
                if (other.getKey() != language(lang) && other.getValue().points().size() == own.points().size()) {
                    other.getValue().points().get(i).keywords().stream()
                            .filter(k -> Question.latin(k) && !heard.contains(k)).forEach(heard::add);
                }
            }
            out.add(List.copyOf(heard));
        }
        return List.copyOf(out);
    }

    private static boolean latin(String keyword) {
        return keyword.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
