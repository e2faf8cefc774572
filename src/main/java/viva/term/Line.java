package viva.term;

import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;
import viva.text.Visible;

import java.util.List;

/**
 * A line of the drill screen with the tone it is shown in (a {@link Style} under its runs' own) and the
 * styled runs of its text (code, emphasis in an answer); a plain printer ignores both. Its text is made
 * {@link Visible} here, once, so that nothing a bank or an answer holds acts on the terminal it is shown in.
 */
public record Line(List<Span> spans, Style tone) {
    public Line {
        spans = spans.stream().map(s -> new Span(Visible.of(s.text()), s.style())).toList();
    }

    public static Line plain(String text) {
        return of(Style.PLAIN, text);
    }

    public static Line of(Style tone, String text) {
        return new Line(List.of(Span.plain(text)), tone);
    }

    public static Line styled(StyledLine line) {
        return new Line(line.spans(), Style.PLAIN);
    }

    public String text() {
        return new StyledLine(spans).text();
    }
}
