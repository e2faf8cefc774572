package viva.convert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Banks;
import viva.bank.Lang;
import viva.bank.Source;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownImporterTest {
    private static final Path ENGLISH = Path.of("src/test/resources/import/ml-interview.md");
    private static final Path CHINESE = Path.of("src/test/resources/import/面试笔记");

    @TempDir
    Path dir;

    @Test
    void numberedEnglishHeadingsBecomeQuestionsWithTheirProseAndCode() throws Exception {
        Draft draft = MarkdownImporter.run(List.of(ENGLISH), List.of());
        assertThat(draft.questions()).extracting(Draft.Item::prompt).containsExactly(
                "What is the difference between batch norm and layer norm?",
                "Why does Adam need bias correction?",
                "How would you implement top-k sampling?",
                "What does the KV cache store, and why does it help?",
                "Explain gradient clipping");
        assertThat(draft.questions()).extracting(Draft.Item::id).containsExactly(
                "difference-between-batch-norm-layer-norm", "adam-need-bias-correction", "implement-top-k-sampling",
                "kv-cache-store-help", "gradient-clipping");
        assertThat(draft.questions()).allSatisfy(q -> {
            assertThat(q.tags()).containsExactly("ml-interview");
            assertThat(q.lang()).isEqualTo(Lang.EN);
        });
        Draft.Item topK = draft.questions().get(2);
        assertThat(topK.answer()).startsWith("Keep the k most likely tokens")
                .contains("```python", "    # keep the k largest logits, push the rest to -inf", "A small k gives safe");
        assertThat(topK.from().line()).isEqualTo(22);
        Draft.Item kv = draft.questions().get(3);
        // A deeper heading stays in the answer as the Markdown it was.
        assertThat(kv.answer()).contains("#### Follow-up: how big does it get?", "Two tensors per layer");
        assertThat(kv.points()).extracting(p -> p.keywords().get(0)).startsWith("keys and values");
    }

    @Test
    void whatCannotBePlacedIsReportedWithItsLine() throws Exception {
        Draft draft = MarkdownImporter.run(List.of(ENGLISH), List.of());
        assertThat(draft.unplaced()).extracting(Object::toString).containsExactly(
                ENGLISH + ":1:1: the text under 'Machine learning interview notes' is not under a question heading; not placed",
                ENGLISH + ":56:1: no answer under '5. Label smoothing'; not imported",
                ENGLISH + ":58:1: the text under 'Generalisation' is not under a question heading; not placed");
    }

    @Test
    void aChineseFolderTreeGivesTagsFromItsNamesAndStableIds() throws Exception {
        Draft draft = MarkdownImporter.run(List.of(CHINESE), List.of("llm"));
        assertThat(draft.questions()).extracting(Draft.Item::prompt).containsExactly(
                "RoPE 的核心思想是什么？", "绝对位置编码和相对位置编码有什么区别？", "什么是自注意力？", "为什么要除以根号 d？",
                "多头注意力有什么好处？", "LoRA 为什么能省显存？", "LoRA 的秩 r 怎么选？", "DPO 和 RLHF 的主要区别是什么？");
        assertThat(draft.questions()).allSatisfy(q -> assertThat(q.lang()).isEqualTo(Lang.ZH));
        assertThat(draft.questions()).extracting(q -> q.tags().toString()).containsExactly(
                "[transformer, llm]", "[transformer, llm]", "[transformer, llm]", "[transformer, llm]", "[transformer, llm]",
                "[lora, llm]", "[lora, llm]", "[rlhf-dpo, llm]");
        assertThat(draft.questions().get(0).id()).matches("rope-[0-9a-f]{6}");
        assertThat(draft.questions().get(2).id()).matches("transformer-[0-9a-f]{6}");
        assertThat(draft.questions().get(7).id()).matches("dpo-rlhf-[0-9a-f]{6}");
        Draft again = MarkdownImporter.run(List.of(CHINESE), List.of("llm"));
        assertThat(again.questions()).extracting(Draft.Item::id)
                .as("ids are made from the heading, so a second import gives the same ones")
                .containsExactlyElementsOf(draft.questions().stream().map(Draft.Item::id).toList());
        assertThat(draft.unplaced()).extracting(p -> p.message()).contains(
                "'注意力机制' gives no tag (tags are written a-z, 0-9 and '-'); add one with --tag",
                "'02-微调' gives no tag (tags are written a-z, 0-9 and '-'); add one with --tag",
                "the text under '位置编码' is not under a question heading; not placed");
    }

    @Test
    void everyDraftPassesValidationAndEveryPointIsInItsAnswer() throws Exception {
        for (Path notes : List.of(ENGLISH, CHINESE)) {
            Draft draft = MarkdownImporter.run(List.of(notes), List.of());
            String yaml = BankWriter.yaml(draft);
            Banks.Check check = Banks.check(List.of(new Source("draft.yaml", yaml)));
            assertThat(check.problems()).as(notes.toString()).isEmpty();
            assertThat(check.questions()).hasSize(draft.questions().size());
            for (Draft.Item q : draft.questions()) {
                Reading folded = Reading.of(q.answer());
                assertThat(q.points()).isNotEmpty().allMatch(p -> KeywordMatcher.mentions(folded, p.keywords()));
                assertThat(q.hints()).isNotEmpty();
            }
        }
    }

    @Test
    void headingShapesPeopleUse() {
        assertThat(Headings.prompt("12. What is dropout?")).isEqualTo("What is dropout?");
        assertThat(Headings.prompt("Q: What is dropout?")).isEqualTo("What is dropout?");
        assertThat(Headings.prompt("Q12: What is dropout?")).isEqualTo("What is dropout?");
        assertThat(Headings.prompt("**3) Dropout**")).isEqualTo("Dropout");
        assertThat(Headings.prompt("问题3：什么是 dropout")).isEqualTo("什么是 dropout");
        assertThat(Headings.prompt("第2题 什么是 dropout")).isEqualTo("什么是 dropout");
        assertThat(Headings.prompt("1、什么是 dropout")).isEqualTo("什么是 dropout");
        assertThat(Headings.prompt("（一）什么是 dropout")).isEqualTo("什么是 dropout");
        assertThat(Headings.prompt("3D parallelism")).isEqualTo("3D parallelism");
        assertThat(Headings.prompt("1.1 训练 大语言模型 存在问题？")).isEqualTo("训练 大语言模型 存在问题？");
        assertThat(Headings.prompt("<a name=\"q3\"></a>3. What is *RoPE*? [↑](#contents)")).isEqualTo("What is *RoPE*?");
        assertThat(Headings.looksLikeQuestion("Why RoPE? [🔝](#table-of-contents)")).isTrue();
        assertThat(Headings.prompt("1.5x faster decoding")).isEqualTo("1.5x faster decoding");
        assertThat(Headings.looksLikeQuestion("Optimisation")).isFalse();
        assertThat(Headings.looksLikeQuestion("Dropout at inference?")).isTrue();
    }

    @Test
    void unnumberedHeadingsWithTextAreQuestionsAndCodeIsNeverAHeading() throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, """
                ## Dropout
                It zeroes activations at random during training.

                ## Weight tying
                ```bash
                # not a heading
                echo tie
                ```
                The input embedding and the output projection share one matrix.
                """);
        Draft draft = MarkdownImporter.run(List.of(notes), List.of());
        assertThat(draft.questions()).extracting(Draft.Item::id).containsExactly("dropout", "weight-tying");
        assertThat(draft.questions().get(1).answer()).contains("# not a heading");
        assertThat(draft.questions().get(0).tags()).containsExactly("imported");
        assertThat(draft.unplaced()).extracting(p -> p.message())
                .containsExactly("no tag from the folder or file name; tagged 'imported' (add your own with --tag)");
    }

    @Test
    void theSameHeadingTwiceGetsTwoIdsAndTheBudgetFollowsTheLength() throws Exception {
        Path notes = dir.resolve("ml.md");
        Files.writeString(notes, "## What is dropout?\nOne.\n\n## What is dropout?\nTwo.\n");
        assertThat(MarkdownImporter.run(List.of(notes), List.of()).questions()).extracting(Draft.Item::id)
                .containsExactly("dropout", "dropout-2");
        assertThat(MarkdownImporter.budget("word ".repeat(40))).isEqualTo(Duration.ofMinutes(1));
        assertThat(MarkdownImporter.budget("word ".repeat(240))).isEqualTo(Duration.ofMinutes(3));
        assertThat(MarkdownImporter.budget("word ".repeat(2000))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void numberedPartsOfAnAnswerAreNotQuestionsHoweverManyThereAre() throws Exception {
        Path notes = dir.resolve("llm.md");
        StringBuilder text = new StringBuilder("# LLM questions\n\n");
        for (int i = 1; i <= 3; i++) {
            text.append("## ").append(i).append(". What is idea ").append(i).append("?\n\nIdea ").append(i).append(" in short.\n\n");
            for (int j = 1; j <= 3; j++) {
                text.append("### ").append(i).append('.').append(j).append(" Part ").append(j).append("\n\nDetail ").append(j).append(".\n\n");
            }
        }
        Files.writeString(notes, text);
        Draft draft = MarkdownImporter.run(List.of(notes), List.of());
        assertThat(draft.questions()).extracting(Draft.Item::prompt).containsExactly("What is idea 1?", "What is idea 2?", "What is idea 3?");
        assertThat(draft.questions().get(0).answer()).contains("### 1.3 Part 3\n\nDetail 3.").doesNotContain("idea 2");
        assertThat(draft.questions().get(0).hints()).containsExactly("Cover in turn: Part 1, Part 2, Part 3.");
    }

    @Test
    void detailsWithoutBlankLinesAreOpenedAndEmphasisInAPromptIsKept() throws Exception {
        Path notes = dir.resolve("quiz.md");
        Files.writeString(notes, """
                ## 1. What is **top-p** sampling?
                <details>
                <summary>Answer</summary>
                Top-p keeps the smallest set of tokens whose probabilities add up to p. It adapts to the distribution.
                </details>
                """);
        Draft.Item q = MarkdownImporter.run(List.of(notes), List.of()).questions().get(0);
        assertThat(q.prompt()).isEqualTo("What is **top-p** sampling?");
        assertThat(q.answer()).isEqualTo("Top-p keeps the smallest set of tokens whose probabilities add up to p. It adapts to the distribution.");
        assertThat(q.points()).extracting(p -> p.text()).containsExactly(
                "Top-p keeps the smallest set of tokens whose probabilities add up to p.", "It adapts to the distribution.");
    }

    @Test
    void aQuestionWhoseAnswerStartsWithNumberedPartsIsOneQuestion() throws Exception {
        Path notes = dir.resolve("parts.md");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            text.append("## ").append(i).append(". What are the parts of block ").append(i).append("?\n\n");
            for (int j = 1; j <= 3; j++) {
                text.append("### ").append(i).append('.').append(j).append(" Part ").append(j).append("\n\nDetail ").append(j).append(".\n\n");
            }
        }
        Files.writeString(notes, text);
        Draft draft = MarkdownImporter.run(List.of(notes), List.of());
        assertThat(draft.questions()).extracting(Draft.Item::prompt).containsExactly(
                "What are the parts of block 1?", "What are the parts of block 2?", "What are the parts of block 3?");
        assertThat(draft.questions().get(2).answer()).startsWith("### 3.1 Part 1\n\nDetail 1.");
    }

    @Test
    void theLanguageIsToldByTheShareOfHanCharactersWithCodeLeftOut() {
        assertThat(Language.of("## LoRA 的秩 r 怎么选？\n\n秩越大，能表达的更新越多，但 LoRA 的显存也越多。\n")).isEqualTo(Lang.ZH);
        assertThat(Language.of("## What does 注意力 mean?\n\nAttention, written 注意力 in Chinese, weighs tokens.\n")).isEqualTo(Lang.EN);
        assertThat(Language.of("## 实现 softmax\n\n```python\ndef softmax(x):\n    return np.exp(x) / np.exp(x).sum()\n```\n减去最大值防止溢出。\n"))
                .as("code is not prose").isEqualTo(Lang.ZH);
    }
}
