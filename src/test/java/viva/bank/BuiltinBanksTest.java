package viva.bank;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import viva.drill.Coverage;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The curriculum that ships: clean, complete in both languages, balanced, and true to its own key points. */
class BuiltinBanksTest {
    /** The fifteen questions of the three seed articles, in our own words. */
    private static final List<String> SEEDS = List.of(
            "moe-routing-collapse", "moe-vs-ensemble", "moe-classic-vs-modern-gating", "moe-fixing-load-imbalance",
            "moe-training-instability", "moe-pros-and-cons",
            "pretraining-mlm-mask-token-vs-attention-mask", "pretraining-why-warmup", "pretraining-roberta-vs-bert",
            "pretraining-fight-overfitting", "fine-tuning-lora-init", "alignment-seesaw-phenomenon",
            "hallucination-rag-reduce-hallucination", "training-efficiency-mixed-precision-flow",
            "training-efficiency-save-gpu-memory");

    private static Banks.Check check;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        check = Banks.check(BankFiles.builtin());
        catalog = new Catalog(check.questions());
    }

    @Test
    void theBuiltInBanksHaveNoProblems() {
        assertThat(check.problems()).isEmpty();
    }

    /** A bank of one's own may give one language; ours give both, for every question. */
    @Test
    void everyBuiltInQuestionIsInBothLanguages() {
        assertThat(check.questions()).allSatisfy(q -> assertThat(Lang.values()).allMatch(q::has));
    }

    /** The rules `viva validate` applies to a user's bank hold for ours: no weak keyword anywhere. */
    @Test
    void theBuiltInKeywordsRaiseNoWarning() {
        assertThat(KeywordLint.of(BankFiles.builtin(), check.questions())).extracting(Problem::toString).isEmpty();
    }

    @Test
    void theBuiltInBanksRaiseNoImportWarnings() {
        assertThat(ImportLint.of(BankFiles.builtin())).extracting(Problem::toString).isEmpty();
    }

    @Test
    void everySeedQuestionIsThere() {
        assertThat(catalog.ids()).containsAll(SEEDS);
    }

    @Test
    void atLeast120QuestionsOverAtLeast14TagsWithNoTagUnderFive() {
        assertThat(catalog.questions()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(catalog.tagCounts()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(catalog.tagCounts()).allSatisfy((tag, n) -> assertThat(n).as(tag).isGreaterThanOrEqualTo(5));
    }

    @Test
    void everyModelAnswerCoversItsOwnKeyPointsInBothLanguages() {
        for (Question q : catalog.questions()) {
            for (Lang lang : Lang.values()) {
                QuestionText text = q.text(lang);
                assertThat(text).as(q.id() + " " + lang.code()).isNotNull();
                Coverage coverage = Coverage.of(text.points(), text.answer());
                assertThat(coverage.percent()).as(q.id() + " " + lang.code() + " " + coverage).isEqualTo(100);
            }
        }
    }

    @Test
    void everyQuestionIsCompleteAsTheCurriculumRequires() {
        for (Question q : catalog.questions()) {
            assertThat(q.time()).as(q.id()).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(10));
            for (Lang lang : Lang.values()) {
                QuestionText t = q.text(lang);
                assertThat(t.points()).as(q.id() + " points").hasSizeBetween(3, 8);
                assertThat(t.hints()).as(q.id() + " hints").isNotEmpty();
                assertThat(t.followups()).as(q.id() + " followups").isNotEmpty();
            }
        }
    }

    @Test
    void noTwoQuestionsShareAPrompt() {
        for (Lang lang : Lang.values()) {
            Set<String> seen = new HashSet<>();
            for (Question q : catalog.questions()) {
                assertThat(seen.add(q.text(lang).prompt().strip())).as(q.id() + " " + lang.code()).isTrue();
            }
        }
    }
}
