package viva.term;

import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;
import viva.text.Cells;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * viva measures text itself (text.Cells), and JLine measures the line being edited: both must agree on
 * what a drill shows, or the cursor and the wrapped rows would part. Where they differ is marks added to
 * Unicode after JLine's table, which viva counts as marks.
 */
class DisplayWidthTest {
    private record Range(int from, int to) {
    }

    private static final List<Range> SHOWN = List.of(
            new Range(0x20, 0x7e),      // ASCII
            new Range(0xa0, 0x24f),     // Latin-1 and Latin Extended
            new Range(0x300, 0x36f),    // combining diacritics
            new Range(0x370, 0x52f),    // Greek, Cyrillic
            new Range(0x1100, 0x11ff),  // Hangul Jamo
            new Range(0x2000, 0x2bff),  // punctuation, arrows, maths, boxes and blocks, symbols
            new Range(0x2e80, 0x3029),  // CJK radicals, symbols and punctuation
            new Range(0x3040, 0x9fff),  // kana, CJK unified ideographs
            new Range(0xac00, 0xd7a3),  // Hangul syllables
            new Range(0xff00, 0xffef),  // half- and full-width forms
            new Range(0x1f300, 0x1f64f), // emoji
            new Range(0x20000, 0x2a6df)); // CJK extension B

    /** A mark JLine's table predates: it draws on its neighbour, and viva gives it no column of its own. */
    private static boolean newerMark(int cp) {
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
        return mark && WCWidth.wcwidth(cp) == 1 && Cells.TERMINAL.of(cp) == 0;
    }

    @Test
    void vivaAndJLineMeasureAlikeWhatADrillShows() {
        for (Range r : SHOWN) {
            for (int cp = r.from(); cp <= r.to(); cp++) {
                if (Character.isDefined(cp) && !newerMark(cp)) {
                    assertThat(Cells.TERMINAL.of(cp)).as("U+%04X", cp).isEqualTo(Math.max(0, WCWidth.wcwidth(cp)));
                }
            }
        }
    }
}
