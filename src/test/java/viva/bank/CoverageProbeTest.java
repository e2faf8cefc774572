package viva.bank;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import viva.drill.Coverage;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bank-wide probes of the suggested marks: echoing a question's own prompt earns little, and another
 * question's model answer earns almost nothing, in either language.
 */
class CoverageProbeTest {
    private static List<Question> questions;

    @BeforeAll
    static void load() {
        questions = Banks.check(BankFiles.builtin()).questions();
    }

    @Test
    void answeringWithThePromptCoversAtMostFifteenPercentOnAverageAndNeverAThird() {
        for (Lang lang : Lang.values()) {
            double sum = 0;
            for (Question q : questions) {
                // Through the drill's own path: a Chinese text also listens for the English point's Latin keywords.
                int percent = Coverage.of(q, lang, q.text(lang).prompt()).percent();
                assertThat(percent).as(q.id() + " " + lang.code()).isLessThanOrEqualTo(33);
                sum += percent;
            }
            assertThat(sum / questions.size()).as(lang.code()).isLessThanOrEqualTo(15);
        }
    }

    @Test
    void anotherQuestionsModelAnswerCoversAtMostFivePercentOnAverage() {
        for (Lang lang : Lang.values()) {
            // Each answer and prompt read once: the probe is every ordered pair of questions.
            List<Reading> answers = questions.stream().map(q -> Reading.of(q.text(lang).answer())).toList();
            List<Reading> prompts = questions.stream().map(q -> Reading.of(q.text(lang).prompt())).toList();
            double sum = 0;
            long pairs = 0;
            for (int i = 0; i < questions.size(); i++) {
                List<List<String>> points = questions.get(i).keywords(lang);
                for (int j = 0; j < questions.size(); j++) {
                    if (i != j) {
                        Reading other = answers.get(j);
                        Reading prompt = prompts.get(i);
                        long covered = points.stream().filter(k -> KeywordMatcher.find(other, k, prompt).isPresent()).count();
                        sum += 100.0 * covered / points.size();
                        pairs++;
                    }
                }
            }
            assertThat(sum / pairs).as(lang.code()).isLessThanOrEqualTo(5);
        }
    }
}
