package viva.term;

import org.jline.utils.AttributedStyle;

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

    /** The status line is shown inverse even without colour, so that it reads as a bar, and bold when over budget. */
    public AttributedStyle statusStyle(Line.Tone tone) {
        AttributedStyle bar = AttributedStyle.INVERSE;
        if (tone == Line.Tone.BAD) {
            return colour ? bar.background(AttributedStyle.RED).foreground(AttributedStyle.WHITE).inverseOff().bold() : bar.bold();
        }
        return bar;
    }
}
