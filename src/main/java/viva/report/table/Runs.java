package viva.report.table;

import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;

import java.util.ArrayList;
import java.util.List;

/** A row being put together run by run, for the tables that colour some of their cells. */
final class Runs {
    private final List<Span> spans = new ArrayList<>();

    Runs add(String text) {
        return add(text, Style.PLAIN);
    }

    Runs add(String text, Style style) {
        spans.add(new Span(text, style));
        return this;
    }

    Runs add(Span span) {
        spans.add(span);
        return this;
    }

    StyledLine line() {
        return new StyledLine(spans);
    }

    static StyledLine plain(String text) {
        return StyledLine.of(Span.plain(text));
    }

    static StyledLine of(Style style, String text) {
        return StyledLine.of(new Span(text, style));
    }

    static List<StyledLine> plain(List<String> lines) {
        return lines.stream().map(Runs::plain).toList();
    }
}
