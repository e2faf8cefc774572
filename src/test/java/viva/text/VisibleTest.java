package viva.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTest {
    @Test
    void c0ControlsAreShownInCaretNotationButTabAndNewlineStay() {
        assertThat(Visible.of("a\u001b]0;title\u0007b")).isEqualTo("a^[]0;title^Gb");
        assertThat(Visible.of("\u001b[2J")).isEqualTo("^[[2J");
        assertThat(Visible.of("nul\0 cr\r del\u007f")).isEqualTo("nul^@ cr^M del^?");
        assertThat(Visible.of("\u001f\u0001")).isEqualTo("^_^A");
        assertThat(Visible.of("tab\there\nnext line")).isEqualTo("tab\there\nnext line");
    }

    @Test
    void c1ControlsAndBidiOverridesAreShownAsCodePoints() {
        assertThat(Visible.of("csi\u009b2J nel\u0085")).isEqualTo("csi<U+009B>2J nel<U+0085>");
        assertThat(Visible.of("evil\u202Egpj.exe")).isEqualTo("evil<U+202E>gpj.exe");
        assertThat(Visible.of("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069"))
                .isEqualTo("<U+202A><U+202B><U+202C><U+202D><U+2066><U+2067><U+2068><U+2069>");
    }

    @Test
    void everythingElseIsLeftAsItIs() {
        String text = "路由坍塌，负载均衡 · ✓ é \u00a0 \u200e\u200f\u061c 😀 \u00a0";
        assertThat(Visible.of(text)).isSameAs(text);
        assertThat(Visible.of("")).isEmpty();
    }

    @Test
    void showingTwiceChangesNothingMore() {
        String once = Visible.of("\u001b]52;c;SGVsbG8=\u0007 \u202E \u009b");
        assertThat(Visible.of(once)).isEqualTo(once);
    }

    @Test
    void theWriterShowsWhatPassesThroughIt() throws IOException {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(Visible.writer(sink));
        out.print("a\u001b[2J");
        out.print('\u0007');
        out.println(new char[]{'\u202E', 'x'});
        out.flush();
        assertThat(sink.toString()).isEqualTo("a^[[2J^G<U+202E>x" + System.lineSeparator());
    }
}
