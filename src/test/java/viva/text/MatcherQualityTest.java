package viva.text;

import org.junit.jupiter.api.Test;
import viva.bank.Lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher measured on our own labelled answers (240: paraphrases, answers in the keywords' words,
 * related facts and wrong claims, 40 questions, both languages), so that a change to the matcher or to a
 * bank's keywords that costs precision or recall is seen. English meets the targets of the issue (precision
 * 0.75, recall 0.45); Chinese recall is below them (0.41) and held at what it is, never lower.
 */
class MatcherQualityTest {
    @Test
    void precisionAndRecallHoldInEachLanguage() throws Exception {
        List<MatcherMeasure.Case> cases = MatcherMeasure.read(Path.of("src/test/resources/coverage/labelled.jsonl"));
        assertThat(cases).hasSize(240);
        Map<Lang, MatcherMeasure.Figures> figures = MatcherMeasure.measure(cases, MatcherMeasure::says);
        MatcherMeasure.Figures en = figures.get(Lang.EN);
        MatcherMeasure.Figures zh = figures.get(Lang.ZH);
        assertThat(en.precision()).as("en precision, %s", en).isGreaterThanOrEqualTo(0.75);
        assertThat(en.recall()).as("en recall, %s", en).isGreaterThanOrEqualTo(0.45);
        assertThat(zh.precision()).as("zh precision, %s", zh).isGreaterThanOrEqualTo(0.75);
        assertThat(zh.recall()).as("zh recall, %s", zh).isGreaterThanOrEqualTo(0.40);
    }
}
