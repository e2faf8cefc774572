package viva.store;

import java.util.List;

/** One tag's figures, and its mean rating per session over its last sessions, oldest first. */
public record TagTally(String tag, Tally tally, List<Double> trend) {
    public TagTally {
        trend = List.copyOf(trend);
    }
}
