package viva.term;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import viva.text.Columns;
import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * The one place a {@link Style} becomes terminal attributes, and escape codes in printed output. The
 * plain palette has none, for a pipe, NO_COLOR and --color never: it prints the bare text.
 */
public final class Palette {
    private final boolean colour;

    private Palette(boolean colour) {
        this.colour = colour;
    }

    public static Palette of(boolean colour) {
        return new Palette(colour);
    }

    public boolean colour() {
        return colour;
    }

    public AttributedStyle style(Style style) {
        return style(Style.PLAIN, style);
    }

    /** A run's style on top of its line's tone; without colour, nothing at all. */
    public AttributedStyle style(Style tone, Style style) {
        return colour ? on(on(AttributedStyle.DEFAULT, tone), style) : AttributedStyle.DEFAULT;
    }

    private static AttributedStyle on(AttributedStyle base, Style style) {
        return switch (style) {
            case PLAIN -> base;
            case TITLE, STRONG, HEADING -> base.bold();
            case EMPHASIS -> base.italic();
            case DIM -> base.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
            case GOOD -> base.foreground(AttributedStyle.GREEN);
            case BAD -> base.foreground(AttributedStyle.RED);
            case WARN -> base.foreground(AttributedStyle.YELLOW);
            case CHART, CODE -> base.foreground(AttributedStyle.CYAN);
            case MATH -> base.foreground(AttributedStyle.MAGENTA);
        };
    }

    /** The line with its tone and its runs' styles. */
    public AttributedString attributed(Line line) {
        return attributed(line.tone(), line.spans());
    }

    private AttributedString attributed(Style tone, List<Span> spans) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (Span s : spans) {
            out.styled(style(tone, s.style()), s.text());
        }
        return out.toAttributedString();
    }

    /**
     * The line as rows of at most {@code width} columns. A line that fits (a model answer is laid out to
     * the width already) keeps the styles of its runs; a longer one is wrapped in its tone.
     */
    public List<AttributedString> rows(Line line, int width) {
        if (Columns.width(line.text()) <= width) {
            return List.of(attributed(line));
        }
        return Columns.wrap(line.text(), width).stream().map(row -> new AttributedString(row, style(line.tone()))).toList();
    }

    /** As {@link #rows}, for a printer: ANSI attributes with colour, the bare text without. */
    public List<String> printed(Line line, int width) {
        return rows(line, width).stream().map(this::printed).toList();
    }

    /** A line laid out already (a table's row, a setting): escape codes with colour, the bare text without. */
    public String printed(StyledLine line) {
        return colour ? printed(attributed(Style.PLAIN, line.spans())) : line.text();
    }

    /** Each line on its own row of {@code out}. */
    public void print(PrintWriter out, List<StyledLine> lines) {
        lines.forEach(l -> out.println(printed(l)));
    }

    private String printed(AttributedString row) {
        return colour ? row.toAnsi() : row.toString();
    }

    /** The status line is shown inverse even without colour, so that it reads as a bar, and bold when over budget. */
    public AttributedStyle statusStyle(Style tone) {
        AttributedStyle bar = AttributedStyle.INVERSE;
        if (tone == Style.BAD) {
            return colour ? bar.background(AttributedStyle.RED).foreground(AttributedStyle.WHITE).inverseOff().bold() : bar.bold();
        }
        return bar;
    }
}
