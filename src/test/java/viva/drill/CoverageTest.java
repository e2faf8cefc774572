package viva.drill;

import org.junit.jupiter.api.Test;
import viva.bank.Difficulty;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Question;
import viva.bank.QuestionText;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What viva suggests as covered, for a question with both languages. */
class CoverageTest {
    private static Question grpo(List<KeyPoint> zhPoints) {
        QuestionText en = new QuestionText("How does GRPO differ from PPO?", "GRPO drops the value model.",
                List.of(new KeyPoint("no value model", List.of("no value model", "value head", "group baseline")),
                        new KeyPoint("group mean as baseline", List.of("group mean"))),
                List.of(), List.of());
        QuestionText zh = new QuestionText("GRPO 和 PPO 有什么区别？", "GRPO 不要价值模型。", zhPoints, List.of(), List.of());
        return new Question("alignment-grpo", List.of("rl"), Difficulty.MEDIUM, Duration.ofMinutes(3), List.of(),
                Map.of(Lang.EN, en, Lang.ZH, zh), new Location("test.yaml", 1, 1));
    }

    private static final List<KeyPoint> ZH = List.of(new KeyPoint("不要价值模型", List.of("不要价值模型")),
            new KeyPoint("组内均值作基线", List.of("组内均值")));

    /** A Chinese answer names terms in English: the English point's Latin keywords count for the same point. */
    @Test
    void aChineseAnswerIsHeardInTheEnglishTermsOfTheSamePoint() {
        Coverage c = Coverage.of(grpo(ZH), Lang.ZH, "它去掉了 value head，优势直接用 group mean 减出来。");
        assertThat(c.covered()).containsExactly(true, true);
        // The Chinese keywords alone would have heard neither.
        assertThat(Coverage.of(grpo(ZH).text(Lang.ZH).points(), "它去掉了 value head，优势直接用 group mean 减出来。").covered())
                .containsExactly(false, false);
    }

    @Test
    void theEnglishTermsAreNegatedByTheChineseAroundThem() {
        assertThat(Coverage.of(grpo(ZH), Lang.ZH, "它还需要 value head，并不用 group mean。").covered())
                .containsExactly(true, false);
    }

    /** Point i is the same point in each language only when both list as many: otherwise nothing is borrowed. */
    @Test
    void nothingIsBorrowedWhenThePointsDoNotPairUp() {
        Question uneven = grpo(List.of(new KeyPoint("不要价值模型", List.of("不要价值模型"))));
        assertThat(Coverage.of(uneven, Lang.ZH, "它去掉了 value head。").covered()).containsExactly(false);
    }

    @Test
    void anEnglishAnswerKeepsToItsOwnKeywords() {
        assertThat(grpo(ZH).keywords(Lang.EN)).containsExactly(List.of("no value model", "value head", "group baseline"),
                List.of("group mean"));
    }
}
