package viva.bank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an import from notes gets wrong, warned about where it is written. */
class ImportLintTest {
    private static final String BANK = """
            questions:
              - id: optimisation
                tags: [ml]
                difficulty: easy
                time: 1m
                en:
                  prompt: Optimisation
                  answer: Adam keeps moving averages. See the picture.
                  points:
                    - text: "<details>"
                      keywords: [Adam]
                    - text: "![diagram](img/adam.png)"
                      keywords: [Adam]
                    - text: "[the paper](https://arxiv.org/abs/1412.6980)"
                      keywords: [Adam]
                    - text: "---"
                      keywords: [Adam]
                    - text: Adam keeps moving averages
                      keywords: [moving averages]
                  hints: [a hint]
                zh:
                  prompt: 什么是 Adam
                  answer: Adam 维护梯度的滑动平均。
                  points:
                    - text: 滑动平均
                      keywords: [滑动平均]
                  hints: [提示]
            """;

    @Test
    void markupPointsAndPromptsThatAreNotQuestionsAreWarnedAboutWhereTheyAreWritten() {
        List<String> w = ImportLint.of(List.of(new Source("draft.yaml", BANK))).stream().map(Problem::toString).toList();
        assertThat(w).hasSize(5);
        assertThat(w.get(0)).startsWith("draft.yaml:7:15: warning: en prompt 'Optimisation' does not read as a question");
        assertThat(w.get(1)).startsWith("draft.yaml:10:17: warning: en key point '<details>' is markup");
        assertThat(w.subList(2, 5)).allSatisfy(s -> assertThat(s).contains("is markup"));
        assertThat(w).noneMatch(s -> s.contains("zh ") || s.contains("Adam keeps moving averages' is markup"));
    }

    @Test
    void promptsThatAskWithoutAQuestionMarkPass() {
        assertThat(List.of("Implement softmax in NumPy", "Explain gradient clipping", "**Compare** BPE and WordPiece",
                "Model A scores 81%. Show how you would put error bars on it.", "解释梯度裁剪", "LoRA 为什么省显存",
                "What is dropout?", "Dropout at inference?")).allMatch(ImportLint::asks);
        assertThat(List.of("Optimisation", "Label smoothing", "1 基础", "Table of Contents", "License"))
                .noneMatch(ImportLint::asks);
    }
}
