package viva.report;

import viva.text.Glyphs;

import java.util.List;

/** Bars and sparklines as text, measured in terminal columns. */
public final class Charts {
    private Charts() {
    }

    /** A bar {@code width} columns long at most, for {@code fraction} in 0-1, padded with spaces to full width. */
    public static String bar(double fraction, int width, Glyphs glyphs) {
        int eighths = (int) Math.round(clamp(fraction) * width * 8);
        StringBuilder out = new StringBuilder(glyphs.bar().get(8).repeat(eighths / 8));
        out.append(glyphs.bar().get(eighths % 8));
        String bar = out.toString();
        return bar + " ".repeat(Math.max(0, width - bar.length()));
    }

    /** One mark per value, scaled between {@code low} and {@code high}. */
    public static String spark(List<Double> values, double low, double high, Glyphs glyphs) {
        StringBuilder out = new StringBuilder();
        int levels = glyphs.spark().size();
        for (double v : values) {
            double fraction = high > low ? (v - low) / (high - low) : 0.5;
            out.append(glyphs.spark().get((int) Math.round(clamp(fraction) * (levels - 1))));
        }
        return out.toString();
    }

    static double clamp(double fraction) {
        return Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    }
}
