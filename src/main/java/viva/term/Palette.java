package viva.term;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import viva.text.Span;
import viva.text.Style;

import java.util.List;

/** Colours for each tone; the plain palette has none, for NO_COLOR and --color never. */
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

    public AttributedStyle style(Line.Tone tone) {
        if (!colour) {
            return AttributedStyle.DEFAULT;
        }
        return switch (tone) {
            case PLAIN -> AttributedStyle.DEFAULT;
            case TITLE -> AttributedStyle.BOLD;
            case DIM -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
            case GOOD -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case BAD -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case WARN -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
        };
    }

    /** A style of rendered Markdown on top of the line's tone; without colour, nothing at all. */
    public AttributedStyle style(Line.Tone tone, Style style) {
        AttributedStyle base = style(tone);
        if (!colour) {
            return base;
        }
        return switch (style) {
            case PLAIN -> base;
            case EMPHASIS -> base.italic();
            case STRONG, HEADING -> base.bold();
            case CODE -> base.foreground(AttributedStyle.CYAN);
            case MATH -> base.foreground(AttributedStyle.MAGENTA);
            case DIM -> base.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
        };
    }

    /** The line with its tone and its runs' styles. */
    public AttributedString attributed(Line line) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (Span s : line.spans()) {
            out.styled(style(line.tone(), s.style()), s.text());
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
        return rows(line, width).stream().map(row -> colour ? row.toAnsi() : row.toString()).toList();
    }

    /** The status line is shown inverse even without colour, so that it reads as a bar, and bold when over budget. */
    public AttributedStyle statusStyle(Line.Tone tone) {
        AttributedStyle bar = AttributedStyle.INVERSE;
        if (tone == Line.Tone.BAD) {
            return colour ? bar.background(AttributedStyle.RED).foreground(AttributedStyle.WHITE).inverseOff().bold() : bar.bold();
        }
        return bar;
    }
}
