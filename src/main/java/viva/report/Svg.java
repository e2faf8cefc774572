package viva.report;


import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The report's charts as inline SVG, sized in user units so that they scale to the page and print sharp. */
final class Svg {
    private static final String[] HEAT = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"};
    private static final int TAGS_SHOWN = 25;
    /** A tag's rating bar: red under 2, amber under 3, green from 3. */
    private static final String[] RATING_COLOURS = {"#cf222e", "#d4a72c", "#2da44e"};
    private static final String COVERAGE = "#0969da";
    private static final String RATING_LINE = "#0969da";
    private static final String COVERAGE_LINE = "#1a7f37";

    private Svg() {
    }

    /**
     * Per tag: mean rating as a bar read against the 0-4 scale above, coverage as a thin bar under it read
     * against the 0-100% scale below; a legend on top says which is which.
     */
    static String tagBars(List<TagRow> tags) {
        List<TagRow> shown = tags.subList(0, Math.min(TAGS_SHOWN, tags.size()));
        int label = 170;
        int barWidth = 420;
        int rowHeight = 26;
        int top = 60;
        int bottom = top + rowHeight * shown.size();
        StringBuilder svg = open(label + barWidth + 120, bottom + 20, "Mean rating and coverage per tag", "tag-chart");
        tagLegend(svg, label);
        svg.append("<g class=\"axis axis-rating\">");
        for (int g = 0; g <= 4; g++) {
            double x = label + barWidth * g / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d1d9e0\"/>", x, top - 6, x, bottom));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x, top - 10, g));
        }
        svg.append("<text x=\"").append(label - 16).append("\" y=\"").append(top - 10).append("\" text-anchor=\"end\">rating</text></g>");
        svg.append("<g class=\"axis axis-coverage\">");
        for (int g = 0; g <= 4; g++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d%%</text>",
                    label + barWidth * g / 4.0, bottom + 14, 25 * g));
        }
        svg.append("<text x=\"").append(label - 16).append("\" y=\"").append(bottom + 14)
                .append("\" text-anchor=\"end\">coverage</text></g>");
        for (int i = 0; i < shown.size(); i++) {
            tagRow(svg, shown.get(i), label, barWidth, top + i * rowHeight);
        }
        return svg.append("</svg>").toString();
    }

    private static void tagLegend(StringBuilder svg, int label) {
        svg.append("<g class=\"legend\">");
        for (int i = 0; i < RATING_COLOURS.length; i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"2\" width=\"8\" height=\"12\" rx=\"1\" fill=\"%s\"/>",
                    label + 9 * i, RATING_COLOURS[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\">mean rating, 0-4 (red under 2, amber under 3, green from 3; scale above the bars)</text>",
                label + 32));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"22\" width=\"26\" height=\"4\" fill=\"%s\"/>", label, COVERAGE));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\">key-point coverage, 0-100%% (scale below the bars)</text></g>", label + 32));
    }

    private static void tagRow(StringBuilder svg, TagRow tag, int label, int barWidth, int y) {
        Totals t = tag.totals();
        double w = barWidth * Charts.clamp(t.meanRating() / 4.0);
        double c = barWidth * Charts.clamp(t.meanCoverage().orElse(0) / 100.0);
        svg.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 13)
                .append("\" text-anchor=\"end\">").append(Escape.html(tag.tag())).append("</text>");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\" fill=\"%s\"/>",
                label, y, w, ratingColour(t.meanRating())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"4\" fill=\"%s\"/>",
                label, y + 16, c, COVERAGE));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s · %s</text>", label + w + 6, y + 12,
                Figures.rating(t.meanRating()), Figures.percent(t.meanCoverage())));
    }

    /**
     * Mean rating (solid) and coverage (dashed) per session. The two have different ranges, so each has
     * its own axis: rating 1-4 on the left (with the grid), coverage 0-100% on the right.
     */
    static String trend(List<SessionRow> sessions) {
        TrendFrame f = new TrendFrame(720, 230, 64, 28, 64, 28);
        StringBuilder svg = open(f.width(), f.height(), "Mean rating and coverage per session", "trend");
        trendLegend(svg, f);
        ratingAxis(svg, f);
        coverageAxis(svg, f);
        StringBuilder rating = new StringBuilder();
        StringBuilder coverage = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < sessions.size(); i++) {
            SessionRow s = sessions.get(i);
            Totals t = s.totals();
            double x = f.left() + (sessions.size() == 1 ? f.plotW() / 2.0 : f.plotW() * i / (double) (sessions.size() - 1));
            double yr = f.y(Charts.clamp((t.meanRating() - 1) / 3.0));
            rating.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yr));
            marks.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>session %d: rating %s</title></circle>",
                    x, yr, RATING_LINE, s.sessionId(), Figures.rating(t.meanRating())));
            if (t.meanCoverage().isPresent()) {
                double yc = f.y(Charts.clamp(t.meanCoverage().getAsDouble() / 100.0));
                coverage.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yc));
                marks.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>session %d: coverage %s</title></circle>",
                        x, yc, COVERAGE_LINE, s.sessionId(), Figures.percent(t.meanCoverage())));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(RATING_LINE).append("\" stroke-width=\"2\" points=\"")
                .append(rating.toString().strip()).append("\"/>");
        svg.append("<polyline fill=\"none\" stroke=\"").append(COVERAGE_LINE).append("\" stroke-width=\"2\" stroke-dasharray=\"5 4\" points=\"")
                .append(coverage.toString().strip()).append("\"/>");
        svg.append(marks);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">older</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">newer</text>",
                f.left(), f.height() - 8, f.left() + f.plotW(), f.height() - 8));
        return svg.append("</svg>").toString();
    }

    /** The trend chart's plot area inside its margins; {@code y} maps a 0-1 fraction of an axis to a height. */
    private record TrendFrame(int width, int height, int left, int top, int right, int bottom) {
        int plotW() {
            return width - left - right;
        }

        int plotH() {
            return height - top - bottom;
        }

        double y(double fraction) {
            return top + plotH() * (1 - fraction);
        }
    }

    private static void trendLegend(StringBuilder svg, TrendFrame f) {
        int x = f.left();
        svg.append("<g class=\"legend\">");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"8\" x2=\"%d\" y2=\"8\" stroke=\"%s\" stroke-width=\"2\"/>", x, x + 24, RATING_LINE));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\">mean rating (left axis)</text>", x + 30));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"8\" x2=\"%d\" y2=\"8\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>",
                x + 180, x + 204, COVERAGE_LINE));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\">key-point coverage (right axis)</text></g>", x + 210));
    }

    private static void ratingAxis(StringBuilder svg, TrendFrame f) {
        // The grid follows the rating's steps; coverage has tick marks on its own axis instead.
        for (int r = 1; r <= 4; r++) {
            double y = f.y((r - 1) / 3.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d1d9e0\"/>",
                    f.left(), y, f.left() + f.plotW(), y));
        }
        svg.append("<g class=\"axis axis-rating\">");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                f.left(), f.top(), f.left(), f.top() + f.plotH(), RATING_LINE));
        for (int r = 1; r <= 4; r++) {
            double y = f.y((r - 1) / 3.0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"rating\">%d</text>",
                    f.left() - 6, y + 4, r));
        }
        svg.append(axisTitle("mean rating (1-4)", 16, f.top() + f.plotH() / 2, -90, "rating")).append("</g>");
    }

    private static void coverageAxis(StringBuilder svg, TrendFrame f) {
        int x = f.left() + f.plotW();
        svg.append("<g class=\"axis axis-coverage\">");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                x, f.top(), x, f.top() + f.plotH(), COVERAGE_LINE));
        for (int c = 0; c <= 100; c += 25) {
            double y = f.y(c / 100.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>",
                    x, y, x + 4, y, COVERAGE_LINE));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"coverage\">%d%%</text>", x + 7, y + 4, c));
        }
        svg.append(axisTitle("coverage (0-100%)", f.width() - 12, f.top() + f.plotH() / 2, 90, "coverage")).append("</g>");
    }

    private static String axisTitle(String text, int x, int y, int degrees, String cls) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"title %s\" transform=\"rotate(%d %d %d)\">%s</text>",
                x, y, cls, degrees, x, y, Escape.html(text));
    }

    /** A contribution graph: a square per day, greener for more attempts. */
    static String calendar(CalendarGrid grid) {
        int cell = 12;
        int left = 30;
        int top = 18;
        // Room on the right for a month name that starts in the last week.
        int width = left + grid.weeks().size() * cell + 24;
        int height = top + 7 * cell + 22;
        StringBuilder svg = open(width, height, "Attempts per day", "calendar");
        String[] days = {"Mon", "", "Wed", "", "Fri", "", ""};
        for (int d = 0; d < 7; d++) {
            if (!days[d].isEmpty()) {
                svg.append("<text x=\"0\" y=\"").append(top + d * cell + 9).append("\">").append(days[d]).append("</text>");
            }
        }
        int lastMonth = -1;
        for (int w = 0; w < grid.weeks().size(); w++) {
            List<CalendarGrid.Day> week = grid.weeks().get(w);
            int month = week.get(0).date().getMonthValue();
            if (month != lastMonth && week.get(0).date().getDayOfMonth() <= 7) {
                svg.append("<text x=\"").append(left + w * cell).append("\" y=\"12\">")
                        .append(week.get(0).date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</text>");
                lastMonth = month;
            }
            for (int d = 0; d < 7; d++) {
                CalendarGrid.Day day = week.get(d);
                if (!day.inRange()) {
                    continue;
                }
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" rx=\"2\" fill=\"%s\"><title>%s: %d</title></rect>",
                        left + w * cell, top + d * cell, HEAT[day.level()], day.date(), day.count()));
            }
        }
        int y = height - 6;
        svg.append("<text x=\"").append(left).append("\" y=\"").append(y).append("\">less</text>");
        for (int l = 0; l < HEAT.length; l++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" rx=\"2\" fill=\"%s\"/>",
                    left + 30 + l * cell, y - 9, HEAT[l]));
        }
        svg.append("<text x=\"").append(left + 34 + HEAT.length * cell).append("\" y=\"").append(y).append("\">more</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title, String cls) {
        // Inline SVG in HTML needs no namespace: the report names no address at all.
        return new StringBuilder("<svg class=\"" + cls + "\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + Escape.html(title)
                + "\"><title>" + Escape.html(title) + "</title>");
    }

    private static String ratingColour(double rating) {
        return RATING_COLOURS[rating < 2 ? 0 : rating < 3 ? 1 : 2];
    }
}
