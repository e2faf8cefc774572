package viva.text;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void matchingIgnoresCaseWidthPunctuationAndSpaces() {
        Reading answer = Reading.of("We use ＴＯＰ－Ｋ gating, plus a Load-Balancing loss.");
        assertThat(KeywordMatcher.mentions(answer, List.of("top-k"))).isTrue();
        assertThat(KeywordMatcher.mentions(answer, List.of("load balancing"))).isTrue();
        assertThat(KeywordMatcher.mentions(answer, List.of("capacity factor", "z-loss"))).isFalse();
    }

    @Test
    void matchingWorksForChineseWithMixedScripts() {
        Reading answer = Reading.of("会出现路由坍塌，少数专家被反复选中；可以加负载均衡 loss。");
        assertThat(KeywordMatcher.mentions(answer, List.of("负载均衡"))).isTrue();
        assertThat(KeywordMatcher.mentions(answer, List.of("路由坍塌"))).isTrue();
        assertThat(KeywordMatcher.mentions(answer, List.of("均衡loss"))).isTrue();
        assertThat(KeywordMatcher.mentions(answer, List.of("容量因子"))).isFalse();
    }

    @Test
    void anEmptyKeywordMatchesNothing() {
        assertThat(KeywordMatcher.mentions(Reading.of("anything"), List.of("--"))).isFalse();
    }

    @Test
    void closestSuggestsByEditDistanceAndPrefix() {
        List<String> tags = List.of("moe", "memory", "mixed-precision", "rag", "bert");
        assertThat(Closest.of("mo", tags, 5)).startsWith("moe");
        assertThat(Closest.of("m", tags, 5)).containsExactlyInAnyOrder("moe", "memory", "mixed-precision");
        assertThat(Closest.best("brt", tags)).hasValue("bert");
        assertThat(Closest.best("zzzzzz", tags)).isEmpty();
        // Short words are two edits from almost anything: only a same first letter makes a suggestion.
        assertThat(Closest.best("fr", List.of("zh", "en"))).isEmpty();
        assertThat(Closest.best("pdf", List.of("md", "html", "csv", "json"))).isEmpty();
        assertThat(Closest.best("dop", List.of("dpo", "rag"))).hasValue("dpo");
    }

    @Test
    void kebabCase() {
        assertThat(Kebab.is("mixed-precision")).isTrue();
        assertThat(Kebab.is("Mixed_Precision")).isFalse();
        assertThat(Kebab.of(" Mixed  Precision! ")).isEqualTo("mixed-precision");
    }

    @Test
    void clockFormat() {
        assertThat(ClockText.format(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(ClockText.format(Duration.ofSeconds(203))).isEqualTo("3:23");
        assertThat(ClockText.format(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }
}
