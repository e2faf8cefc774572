package viva.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher reads like a careful reader: each rule with the false positives and negatives it was made for. */
class KeywordMatcherTest {
    private static boolean says(String answer, String... keywords) {
        return KeywordMatcher.mentions(Reading.of(answer), List.of(keywords));
    }

    private static boolean saysGiven(String prompt, String answer, String... keywords) {
        return KeywordMatcher.find(Reading.of(answer), List.of(keywords), Reading.of(prompt)).isPresent();
    }

    @Test
    void latinKeywordsMatchWholeWordsNotPiecesOfOthers() {
        assertThat(says("First we pick the pipeline stage.", "f_i", "P_i")).isFalse();
        assertThat(says("Use f_i, the share of tokens, times P_i.", "f_i")).isTrue();
        assertThat(says("The output looked ragged.", "RAG")).isFalse();
        assertThat(says("Use the opposite sign, weakly.", "PPO", "KL")).isFalse();
        assertThat(says("We fine-tune with PPO and a KL penalty.", "PPO")).isTrue();
        assertThat(says("We use ＴＯＰ－Ｋ gating, plus a Load-Balancing loss.", "top-k")).isTrue();
    }

    @Test
    void lightInflectionAndSpellingAgree() {
        assertThat(says("Merging the adapters into the weights is free.", "merge")).isTrue();
        assertThat(says("The experts specialise.", "specializes")).isTrue();
        assertThat(says("Two biases of the labeler.", "bias")).isTrue();
        assertThat(says("Normalising the rewards helps.", "normalize")).isTrue();
        assertThat(says("It drops tokens.", "dropped token")).isTrue();
    }

    @Test
    void numbersMatchAsNumbers() {
        assertThat(says("This was shown in 2023.", "0.2")).isFalse();
        assertThat(says("A clip range of 0.2 is common.", "0.2")).isTrue();
        assertThat(says("Ensembles of four models.", "4 models")).isTrue();
        assertThat(says("It takes about 2 GiB.", "2GiB")).isTrue();
        assertThat(says("About 10.25 on average.", "0.25")).isFalse();
    }

    @Test
    void formulasKeepTheirOperatorsWhileSpacingDoesNotMatter() {
        assertThat(says("Increase it when A_t<0.", "A_t > 0")).isFalse();
        assertThat(says("Increase it when A_t>0.", "A_t > 0")).isTrue();
        assertThat(says("g = 1 gives MQA.", "g = 1")).isTrue();
        assertThat(says("g = 10 heads.", "g = 1")).isFalse();
        assertThat(says("Pick C(K, 2) pairs from a batch.", "C(K,2)")).isTrue();
        assertThat(says("It runs at O(1) per token.", "O(1) per token")).isTrue();
    }

    @Test
    void abbreviationsAndTheirLongFormsAgree() {
        assertThat(says("Retrieval augmented generation grounds the answer.", "RAG")).isTrue();
        assertThat(says("Keep the weights in bf16.", "bfloat16")).isTrue();
        assertThat(says("A mixture-of-experts layer.", "MoE")).isTrue();
        assertThat(says("Cache the key-value pairs.", "KV")).isTrue();
    }

    @Test
    void aKeywordInANegatedClauseDoesNotCover() {
        assertThat(says("MoE does not need a load balancing loss.", "load balancing loss")).isFalse();
        assertThat(says("A load balancing loss is not needed.", "load balancing loss")).isFalse();
        assertThat(says("Without routing noise, add a load balancing loss.", "load balancing loss")).isTrue();
        assertThat(says("It uses bias-based balancing instead of an auxiliary loss.", "auxiliary loss")).isFalse();
        assertThat(says("Note the decay is an upper bound, not a rule.", "upper bound")).isTrue();
        assertThat(says("It is not only cheaper but also a load balancing loss.", "load balancing loss")).isTrue();
        // A keyword that states the negation itself is matched as written.
        assertThat(says("DPO needs no reward model.", "no reward model")).isTrue();
    }

    @Test
    void aFormulaInANegatedClauseDoesNotCoverEither() {
        assertThat(says("There is no need for a residual max(0, p - q) correction.", "max(0, p - q)")).isFalse();
        assertThat(says("Resample from max(0, p - q), normalised.", "max(0, p - q)")).isTrue();
        assertThat(says("There's no real pretrain/fine-tune mismatch here.", "pretrain/fine-tune mismatch")).isFalse();
        assertThat(says("这里不需要 max(0, p - q) 修正。", "max(0, p - q)")).isFalse();
        assertThat(says("拒绝后从 max(0, p - q) 重新采样。", "max(0, p - q)")).isTrue();
    }

    @Test
    void tooSomethingToDoesNotStateIt() {
        assertThat(says("Their guesses are too inaccurate to ever be accepted.", "accepted")).isFalse();
        assertThat(says("Most drafted tokens are accepted, too.", "accepted")).isTrue();
    }

    /** "No critic" is also said by denying the critic in other words, in either language. */
    @Test
    void aKeywordOfAbsenceIsStatedByDenyingItsTerm() {
        assertThat(says("GRPO does not train a critic at all.", "no critic")).isTrue();
        assertThat(says("GRPO still trains a critic.", "no critic")).isFalse();
        assertThat(says("它不估计状态价值，也没有价值模型。", "不要价值模型")).isTrue();
        assertThat(says("它还是有一个价值模型。", "不要价值模型")).isFalse();
        assertThat(says("GRPO 不用再训一个 critic。", "no critic")).isTrue();
    }

    @Test
    void chineseDontGovernsThePhraseAfterIt() {
        assertThat(says("结论是不要优先剪宽度。", "剪宽度")).isFalse();
        assertThat(says("结论是优先剪宽度。", "剪宽度")).isTrue();
    }

    @Test
    void wordsOfThePromptNeverCoverAPointByThemselves() {
        String prompt = "Which metrics evaluate a RAG pipeline: faithfulness, answer relevance, context precision?";
        assertThat(saysGiven(prompt, "Faithfulness, answer relevance and context precision.", "faithfulness", "context precision"))
                .isFalse();
        assertThat(saysGiven(prompt, "Check that every claim is supported by the retrieved passages.", "faithfulness", "supported by"))
                .isTrue();
    }

    @Test
    void chineseMatchesBySubstringWithTheSameNegationRule() {
        assertThat(says("会出现路由坍塌，少数专家被反复选中；可以加负载均衡 loss。", "负载均衡")).isTrue();
        assertThat(says("可以加负载均衡 loss。", "均衡loss")).isTrue();
        assertThat(says("MoE 不需要负载均衡损失。", "负载均衡")).isFalse();
        assertThat(says("这种方法无需参考模型。", "参考模型")).isFalse();
        assertThat(says("负载不均衡时会丢 token。", "均衡")).isFalse();
        assertThat(says("不同专家负载均衡。", "负载均衡")).isTrue();
        assertThat(says("SFT 数据不到 10K 条。", "10K")).isTrue();
        assertThat(says("长 prompt 不能 chunk，只能一次性 prefill。", "chunk")).isFalse();
        assertThat(says("没装满时要补齐（padding）。", "补齐")).isTrue();
        assertThat(says("稳定训练到 1,000 层。", "1000 层")).isTrue();
    }

    @Test
    void anEmptyKeywordMatchesNothing() {
        assertThat(says("anything", "--")).isFalse();
    }
}
