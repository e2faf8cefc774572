package viva.bank;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import viva.text.KeywordMatcher;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The curriculum a 2026 LLM interview asks: broad enough, the same in both languages, and no question twice. */
class CurriculumTest {
    /** The topics of 2025-2026 interviews, each a tag with its own file and at least eight questions. */
    private static final List<String> TOPICS = List.of("reasoning", "rl", "test-time-compute", "evaluation", "distillation",
            "multimodal", "safety", "ssm", "low-precision", "serving");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.])\\d+(?:\\.\\d+)?(?!\\d)");
    /** Two prompts that share this share of their 4-character shingles ask the same thing. */
    private static final double NEAR_DUPLICATE = 0.5;

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new Catalog(Banks.check(BankFiles.builtin()).questions());
    }

    @Test
    void atLeast320QuestionsOn32TagsOfSixOrMore() {
        assertThat(catalog.questions()).hasSizeGreaterThanOrEqualTo(320);
        assertThat(catalog.tagCounts().values().stream().filter(n -> n >= 6).count()).isGreaterThanOrEqualTo(32);
    }

    @Test
    void eachNewTopicHasEightQuestionsOverEveryDifficulty() {
        for (String topic : TOPICS) {
            List<Question> qs = catalog.questions().stream().filter(q -> q.hasTag(topic)).toList();
            assertThat(qs).as(topic).hasSizeGreaterThanOrEqualTo(8);
            Map<Difficulty, Long> spread = new EnumMap<>(Difficulty.class);
            qs.forEach(q -> spread.merge(q.difficulty(), 1L, Long::sum));
            assertThat(spread.keySet()).as(topic).containsExactlyInAnyOrder(Difficulty.values());
        }
    }

    @Test
    void everyAnswerRestsOnAReferenceWithItsYear() {
        assertThat(catalog.questions()).allSatisfy(q -> assertThat(q.refs()).as(q.id()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.year()).isBetween(1950, 2026)));
    }

    @Test
    void theChineseAnswerCarriesEveryNumberOfTheEnglishOneAndAsManyPoints() {
        List<String> gaps = new ArrayList<>();
        for (Question q : catalog.questions()) {
            QuestionText en = q.text(Lang.EN);
            QuestionText zh = q.text(Lang.ZH);
            Set<String> missing = numbers(en.answer());
            missing.removeAll(numbers(zh.answer()));
            if (!missing.isEmpty()) {
                gaps.add(q.id() + " " + missing);
            }
            assertThat(zh.points()).as(q.id()).hasSameSizeAs(en.points());
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void noTwoQuestionsAskTheSameThing() {
        List<String> pairs = new ArrayList<>();
        List<Question> qs = catalog.questions();
        for (Lang lang : Lang.values()) {
            List<Set<String>> prompts = qs.stream().map(q -> shingles(q.text(lang).prompt())).toList();
            List<Set<String>> answers = qs.stream().map(q -> shingles(q.text(lang).answer())).toList();
            for (int i = 0; i < qs.size(); i++) {
                for (int j = i + 1; j < qs.size(); j++) {
                    if (jaccard(prompts.get(i), prompts.get(j)) > NEAR_DUPLICATE || jaccard(answers.get(i), answers.get(j)) > NEAR_DUPLICATE) {
                        pairs.add(qs.get(i).id() + " ~ " + qs.get(j).id() + " (" + lang.code() + ")");
                    }
                }
            }
        }
        assertThat(pairs).isEmpty();
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> shingles(String text) {
        String folded = KeywordMatcher.fold(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= folded.length(); i++) {
            out.add(folded.substring(i, i + 4));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
