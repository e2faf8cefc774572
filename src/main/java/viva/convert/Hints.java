package viva.convert;

import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.text.Han;
import viva.text.KeywordMatcher;
import viva.text.Markup;
import viva.text.Reading;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A first hint for a drafted question. A hint points the way without giving the answer away, so it never
 * holds the answer's first sentence or a formula: it names the parts the answer is written in, or a term
 * from later in the answer, or else says how to go about that kind of answer.
 */
final class Hints {
    private static final int MOST_PARTS = 4;

    private Hints() {
    }

    static List<String> of(Lang lang, String prompt, AnswerText answer, List<KeyPoint> points) {
        return List.of(parts(lang, answer, prompt).or(() -> laterTerm(lang, prompt, answer.opening(), points))
                .orElseGet(() -> byKind(lang, answer.kind())));
    }

    /** The headings inside the answer are its outline: naming them says what to cover, not what to say. */
    private static Optional<String> parts(Lang lang, AnswerText answer, String prompt) {
        // A part that asks ("Follow-up: does the cache help?") is a question of its own, not a heading to cover.
        List<String> parts = answer.parts().stream().filter(p -> !Headings.asks(p)).map(p -> Headings.plain(Headings.prompt(p)))
                .filter(p -> !p.isBlank() && !Markup.formula(p)).limit(MOST_PARTS).toList();
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(lang == Lang.ZH ? "依次讲：" + String.join("、", parts) + "。"
                : "Cover in turn: " + parts.stream().collect(Collectors.joining(", ")) + ".");
    }

    /** A keyword of a point after the first, which is neither notation nor in the first sentence nor the prompt. */
    private static Optional<String> laterTerm(Lang lang, String prompt, String first, List<KeyPoint> points) {
        Reading opening = Reading.of(first);
        Reading asked = Reading.of(prompt);
        return points.stream().skip(1).flatMap(p -> p.keywords().stream())
                .filter(k -> !Markup.formula(k) && !Markup.only(k) && k.length() >= 3 && term(k))
                .filter(k -> !KeywordMatcher.occurs(opening, k) && !KeywordMatcher.occurs(asked, k))
                .findFirst()
                .map(k -> lang == Lang.ZH ? "别忘了「" + k + "」。" : "Do not forget " + k + ".");
    }

    /**
     * A term, not a word: several words, an acronym or a name ("KV cache", "BF16"). Chinese keywords are guessed
     * by cutting at function words and are often cut mid-word ("低质量数据反"), too rough to show as a hint.
     */
    private static boolean term(String k) {
        return k.codePoints().noneMatch(Han::is)
                && (k.contains(" ") || k.codePoints().filter(Character::isUpperCase).count() >= 2 || k.matches(".*\\d.*"));
    }

    private static String byKind(Lang lang, AnswerText.Kind kind) {
        return switch (kind) {
            case CODE -> lang == Lang.ZH ? "先说输入和输出，再写核心的几行。" : "Say the inputs and outputs first, then write the core lines.";
            case DERIVATION -> lang == Lang.ZH ? "先写出定义，再一步一步推。" : "Write down the definitions first, then go one step at a time.";
            case PROSE -> lang == Lang.ZH ? "先说它是什么，再说为什么需要、代价是什么。" : "Say what it is, why it is needed, and what it costs.";
        };
    }
}
