package viva.convert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import viva.bank.Banks;
import viva.bank.ImportLint;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Source;
import viva.text.Markup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three collections shaped like real ones (numbered English headings with sub-sections, a Chinese chapter
 * tree, a README with badges, contents and details blocks), each with the list of prompts a person would
 * import from it. Precision and recall of the imported prompts must be at least 0.9.
 */
class MarkdownCollectionsTest {
    private static final Path DIR = Path.of("src/test/resources/import/collections");
    private static final double GOOD_ENOUGH = 0.9;

    @ParameterizedTest
    @ValueSource(strings = {"llm-fundamentals", "大模型面试", "awesome-llm-interview"})
    void promptsAreFoundWithPrecisionAndRecallOfAtLeastNinetyPercent(String name) throws Exception {
        Draft draft = MarkdownImporter.run(List.of(DIR.resolve(name + ".md")), List.of("llm"));
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".prompts.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> got = draft.questions().stream().map(Draft.Item::prompt).toList();
        Set<String> right = new HashSet<>(got);
        right.retainAll(new HashSet<>(expected));
        double precision = (double) right.size() / got.size();
        double recall = (double) right.size() / expected.size();
        System.out.printf("%s: precision %.2f, recall %.2f (%d imported, %d expected)%n", name, precision, recall,
                got.size(), expected.size());
        assertThat(precision).as("precision of " + got).isGreaterThanOrEqualTo(GOOD_ENOUGH);
        assertThat(recall).as("recall of " + got).isGreaterThanOrEqualTo(GOOD_ENOUGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm-fundamentals", "大模型面试", "awesome-llm-interview"})
    void pointsAreNeverMarkupAndHintsNeverGiveTheAnswerAway(String name) throws Exception {
        Draft draft = MarkdownImporter.run(List.of(DIR.resolve(name + ".md")), List.of("llm"));
        for (Draft.Item q : draft.questions()) {
            assertThat(q.points()).extracting(KeyPoint::text).as(q.prompt())
                    .noneMatch(Markup::only)
                    .noneMatch(t -> t.contains("<details") || t.contains("<summary") || t.startsWith("$$") || t.startsWith("|"));
            String firstLine = q.answer().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
            assertThat(q.hints()).as(q.prompt()).isNotEmpty()
                    .noneMatch(h -> h.contains(firstLine.strip()))
                    .noneMatch(h -> q.points().get(0).text().length() > 20 && h.contains(q.points().get(0).text()))
                    .noneMatch(Markup::formula);
            assertThat(q.answer()).doesNotContain("<details", "</details>", "<summary", "![", "<img");
        }
        List<Source> yaml = List.of(new Source("draft.yaml", BankWriter.yaml(draft)));
        assertThat(Banks.check(yaml).problems()).isEmpty();
        // What validate warns about in an import, this importer does not make.
        assertThat(ImportLint.of(yaml)).extracting(Object::toString).isEmpty();
    }

    @Test
    void codeAndDerivationsGetMoreTimeThanShortProse() throws Exception {
        Draft draft = MarkdownImporter.run(List.of(DIR.resolve("llm-fundamentals.md")), List.of("llm"));
        assertThat(item(draft, "Implement softmax in NumPy").time()).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(item(draft, "Derive the gradient of the cross-entropy loss with respect to the logits").time())
                .isGreaterThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(item(draft, "What is mixed-precision training?").time()).isLessThan(Duration.ofMinutes(3));
        Draft.Item attention = item(draft, "Why is attention scaled by the square root of the key dimension?");
        assertThat(attention.hints()).noneMatch(h -> h.contains("softmax") || h.contains("sqrt"));
    }

    @Test
    void theReadmeIsOpenedAndWhatIsNotAQuestionIsListedWithItsLine() throws Exception {
        Path readme = DIR.resolve("awesome-llm-interview.md");
        Draft draft = MarkdownImporter.run(List.of(readme), List.of("llm"));
        Draft.Item rag = item(draft, "What is retrieval-augmented generation?");
        assertThat(rag.answer()).startsWith("RAG retrieves").contains("[RAG pipeline](images/rag-pipeline.png)");
        assertThat(item(draft, "What is a mixture-of-experts model?").answer()).contains("[MoE routing](images/moe.png)");
        assertThat(draft.unplaced()).extracting(Object::toString).containsExactly(
                readme + ":1:1: front matter (lines 1-4) is not a question; skipped",
                readme + ":6:1: the badges and links under 'Awesome LLM Interview' are not a question; skipped",
                readme + ":10:1: 'Table of Contents' is a table of contents, not a question; skipped",
                readme + ":109:1: 'Contributing' does not read as a question (no number, no '?') among headings that do; not imported",
                readme + ":113:1: 'License' does not read as a question (no number, no '?') among headings that do; not imported");
    }

    @Test
    void theChineseTreeIsDetectedAsChineseAndLosesItsNumberingWhole() throws Exception {
        Draft draft = MarkdownImporter.run(List.of(DIR.resolve("大模型面试.md")), List.of("llm"));
        assertThat(draft.questions()).allSatisfy(q -> assertThat(q.lang()).isEqualTo(Lang.ZH));
        assertThat(draft.questions().get(0).prompt()).isEqualTo("训练大语言模型存在哪些问题？");
        assertThat(Headings.prompt("1.1 训练 大语言模型 存在问题？")).isEqualTo("训练 大语言模型 存在问题？");
        assertThat(Headings.prompt("12) What is *dropout*?")).isEqualTo("What is *dropout*?");
        assertThat(Headings.prompt("问题3：什么是 [LoRA](https://arxiv.org)？")).isEqualTo("什么是 [LoRA](https://arxiv.org)？");
        assertThat(draft.questions()).extracting(Draft.Item::answer).anyMatch(a -> a.contains("#### 代码\n\n```python"));
        assertThat(item(draft, "LoRA 的原理是什么？").answer()).endsWith("| LoRA | 约 0.1%–1% | 合并后无额外 |");
    }

    private static Draft.Item item(Draft draft, String prompt) {
        return draft.questions().stream().filter(q -> q.prompt().equals(prompt)).findFirst().orElseThrow();
    }
}
