package viva.text;

import java.util.ArrayList;
import java.util.List;

/** One line of output as runs of styled text; its plain text is what a pipe or NO_COLOR shows. */
public record StyledLine(List<Span> spans) {
    public StyledLine {
        spans = List.copyOf(spans);
    }

    public static StyledLine of(Span... spans) {
        return new StyledLine(List.of(spans));
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** This line after {@code prefix}, its runs merged where two neighbours share a style. */
    public StyledLine after(List<Span> prefix) {
        List<Span> all = new ArrayList<>(prefix);
        all.addAll(spans);
        return new StyledLine(merge(all));
    }

    /** Without the spaces at its end: a blank line inside a list keeps no indent. */
    public StyledLine stripTrailing() {
        List<Span> out = new ArrayList<>(merge(spans));
        while (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            String kept = last.text().stripTrailing();
            if (!kept.isEmpty()) {
                out.set(out.size() - 1, new Span(kept, last.style()));
                break;
            }
            out.remove(out.size() - 1);
        }
        return new StyledLine(out);
    }

    static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).style() == s.style()) {
                out.set(last, new Span(out.get(last).text() + s.text(), s.style()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
