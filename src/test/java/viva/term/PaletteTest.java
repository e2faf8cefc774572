package viva.term;

import org.junit.jupiter.api.Test;
import viva.text.Columns;
import viva.text.MarkdownLayout;
import viva.text.Style;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTest {
    private static final String ANSWER = "Use `x = 1` and *this* or **that**, not \u001b[31mred\u001b[0m.";

    private static List<Line> answer() {
        return MarkdownLayout.render(ANSWER, 100, Columns.CELLS).stream().map(Line::styled).toList();
    }

    @Test
    void withColourCodeAndEmphasisGetAttributes() {
        String shown = String.join("\n", Palette.of(true).printed(answer().get(0), 100));
        assertThat(shown).contains("\u001b[3mthis", "\u001b[1mthat", "\u001b[36mx = 1").contains("^[[31mred^[[0m");
    }

    @Test
    void withoutColourThereIsNoEscapeCodeAtAll() {
        List<String> shown = Palette.of(false).printed(answer().get(0), 100);
        assertThat(shown).containsExactly("Use x = 1 and this or that, not ^[[31mred^[[0m.");
        assertThat(String.join("", shown)).doesNotContain("\u001b");
    }

    @Test
    void aLineWiderThanTheTerminalIsWrappedInItsTone() {
        Line line = Line.of(Style.DIM, "one two three four five six seven eight nine ten eleven twelve");
        assertThat(Palette.of(false).printed(line, 20)).allSatisfy(row -> assertThat(Columns.width(row)).isLessThanOrEqualTo(20));
    }
}
