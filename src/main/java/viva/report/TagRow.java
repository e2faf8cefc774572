package viva.report;

import java.util.List;

/** One tag's figures, and its mean rating per session over its last sessions, oldest first. */
public record TagRow(String tag, Totals totals, List<Double> trend) {
    public TagRow {
        trend = List.copyOf(trend);
    }
}
