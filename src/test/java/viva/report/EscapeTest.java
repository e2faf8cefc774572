package viva.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EscapeTest {
    @Test
    void htmlTurnsMarkupIntoText() {
        assertThat(Escape.html("<a href=\"x\" title='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Escape.html("分块 softmax")).isEqualTo("分块 softmax");
    }

    @Test
    void markdownKeepsACellOneInertLine() {
        assertThat(Escape.markdown("a | b")).isEqualTo("a \\| b");
        assertThat(Escape.markdown("<script>")).isEqualTo("&lt;script&gt;");
        assertThat(Escape.markdown("*x* _y_ `z` [l](u) ~s~ \\")).isEqualTo("\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\\\");
        assertThat(Escape.markdown("one\r\ntwo\nthree")).isEqualTo("one<br>two<br>three");
    }

    @Test
    void aFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(Escape.fence("plain")).isEqualTo("```");
        assertThat(Escape.fence("a ``` b")).isEqualTo("````");
        assertThat(Escape.fence("`````")).isEqualTo("``````");
    }
}
