package viva.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {
    @Test
    void chineseCharactersAreTwoColumnsWide() {
        assertThat(Columns.width("abc")).isEqualTo(3);
        assertThat(Columns.width("混合精度")).isEqualTo(8);
        assertThat(Columns.width("MoE 路由")).isEqualTo(8);
        assertThat(Columns.width("ｔｏｐ")).isEqualTo(6);
    }

    @Test
    void chineseWrapsByColumnsBetweenAnyTwoCharacters() {
        List<String> lines = Columns.wrap("混合精度训练用半精度做前向和反向计算", 10);
        assertThat(lines).containsExactly("混合精度训", "练用半精度", "做前向和反", "向计算");
        assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(10));
    }

    @Test
    void chinesePunctuationNeverStartsALineAndAnOpeningBracketNeverEndsOne() {
        // Ten columns hold five characters: "？" would start the second line, so "处" goes down with it.
        assertThat(Columns.wrap("硬件有坏处？对吗", 10)).containsExactly("硬件有坏", "处？对吗");
        assertThat(Columns.wrap("一二三四（五）", 10)).containsExactly("一二三四", "（五）");
        String text = "专家切得过细，对硬件效率有什么坏处？为什么（在实践中）通信会成为瓶颈。";
        for (int width = 10; width < 40; width++) {
            for (String line : Columns.wrap(text, width)) {
                assertThat(line).as("width %d", width).doesNotStartWith("，").doesNotStartWith("？").doesNotStartWith("。")
                        .doesNotEndWith("（");
                assertThat(Columns.width(line)).isLessThanOrEqualTo(width);
            }
            assertThat(String.join("", Columns.wrap(text, width))).isEqualTo(text);
        }
    }

    @Test
    void englishWrapsBetweenWordsAndKeepsAHangingIndent() {
        assertThat(Columns.wrap("the quick brown fox jumps over", 12))
                .containsExactly("the quick", "brown fox", "jumps over");
        assertThat(Columns.wrap("  - a list item that wraps", 14))
                .containsExactly("  - a list", "  item that", "  wraps");
    }

    @Test
    void mixedTextNeverExceedsTheWidth() {
        String text = "LoRA 把权重更新写成 W0 + BA,其中 A 是 r×k 矩阵、B 是 d×r 矩阵;rank r 远小于 d 和 k。";
        for (int width = 10; width < 40; width++) {
            int w = width;
            assertThat(Columns.wrap(text, w)).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(w));
            assertThat(String.join("", Columns.wrap(text, w)).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void aWordLongerThanTheLineIsSplit() {
        assertThat(Columns.wrap("supercalifragilisticexpialidocious", 10)).containsExactly("supercalif", "ragilistic", "expialidoc", "ious");
    }

    @Test
    void cutAndPadCountColumns() {
        assertThat(Columns.cut("混合精度训练", 7)).isEqualTo("混合精…");
        assertThat(Columns.width(Columns.cut("混合精度训练", 7))).isLessThanOrEqualTo(7);
        assertThat(Columns.cut("short", 10)).isEqualTo("short");
        assertThat(Columns.pad("中文", 6)).isEqualTo("中文  ");
    }
}
