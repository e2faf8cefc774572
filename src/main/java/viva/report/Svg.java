package viva.report;


import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The report's charts as inline SVG, sized in user units so that they scale to the page and print sharp. */
final class Svg {
    private static final String[] HEAT = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"};
    private static final int TAGS_SHOWN = 25;

    private Svg() {
    }

    /** Per tag: mean rating on a 0-4 scale, with coverage as a thin bar under it. */
    static String tagBars(List<TagRow> tags) {
        List<TagRow> shown = tags.subList(0, Math.min(TAGS_SHOWN, tags.size()));
        int label = 170;
        int barWidth = 420;
        int rowHeight = 26;
        int height = 24 + rowHeight * shown.size();
        StringBuilder svg = open(label + barWidth + 120, height, "Mean rating and coverage per tag");
        for (int g = 0; g <= 4; g++) {
            double x = label + barWidth * g / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d1d9e0\"/>", x, x, height));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"10\" text-anchor=\"middle\">%d</text>", x, g));
        }
        for (int i = 0; i < shown.size(); i++) {
            Totals t = shown.get(i).totals();
            int y = 20 + i * rowHeight;
            double w = barWidth * Charts.clamp(t.meanRating() / 4.0);
            double c = barWidth * Charts.clamp(t.meanCoverage().orElse(0) / 100.0);
            svg.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\">").append(Escape.html(shown.get(i).tag())).append("</text>");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\" fill=\"%s\"/>",
                    label, y, w, ratingColour(t.meanRating())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"4\" fill=\"#0969da\"/>",
                    label, y + 16, c));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s · %s</text>", label + w + 6, y + 12,
                    Figures.rating(t.meanRating()), Figures.percent(t.meanCoverage())));
        }
        return svg.append("</svg>").toString();
    }

    /** Mean rating (solid, 1-4) and coverage (dashed, 0-100%) per session, on one shared height. */
    static String trend(List<SessionRow> sessions) {
        int width = 720;
        int height = 200;
        int left = 36;
        int top = 12;
        int plotW = width - left - 16;
        int plotH = height - top - 28;
        StringBuilder svg = open(width, height, "Mean rating and coverage per session");
        for (int r = 1; r <= 4; r++) {
            double y = top + plotH * (1 - (r - 1) / 3.0);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d1d9e0\"/>",
                    left, y, left + plotW, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", left - 6, y + 4, r));
        }
        StringBuilder rating = new StringBuilder();
        StringBuilder coverage = new StringBuilder();
        for (int i = 0; i < sessions.size(); i++) {
            Totals t = sessions.get(i).totals();
            double x = left + (sessions.size() == 1 ? plotW / 2.0 : plotW * i / (double) (sessions.size() - 1));
            double yr = top + plotH * (1 - Charts.clamp((t.meanRating() - 1) / 3.0));
            rating.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yr));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#0969da\"><title>session %d: %s</title></circle>",
                    x, yr, sessions.get(i).sessionId(), Figures.rating(t.meanRating())));
            if (t.meanCoverage().isPresent()) {
                double yc = top + plotH * (1 - Charts.clamp(t.meanCoverage().getAsDouble() / 100.0));
                coverage.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yc));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"").append(rating.toString().strip()).append("\"/>");
        svg.append("<polyline fill=\"none\" stroke=\"#1a7f37\" stroke-width=\"2\" stroke-dasharray=\"5 4\" points=\"")
                .append(coverage.toString().strip()).append("\"/>");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">older</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">newer</text>",
                left, height - 8, left + plotW, height - 8));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">rating (solid, 1-4) · coverage (dashed, 0-100%%)</text>",
                left + plotW / 2, height - 8));
        return svg.append("</svg>").toString();
    }

    /** A contribution graph: a square per day, greener for more attempts. */
    static String calendar(CalendarGrid grid) {
        int cell = 12;
        int left = 30;
        int top = 18;
        // Room on the right for a month name that starts in the last week.
        int width = left + grid.weeks().size() * cell + 24;
        int height = top + 7 * cell + 22;
        StringBuilder svg = open(width, height, "Attempts per day");
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

    private static StringBuilder open(int width, int height, String title) {
        // Inline SVG in HTML needs no namespace: the report names no address at all.
        return new StringBuilder("<svg viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + Escape.html(title)
                + "\"><title>" + Escape.html(title) + "</title>");
    }

    private static String ratingColour(double rating) {
        if (rating < 2) {
            return "#cf222e";
        }
        return rating < 3 ? "#d4a72c" : "#2da44e";
    }
}
