package viva.store;

import java.util.List;

/** One learner of a cohort: their figures, and their weakest tags (lowest mean rating first). */
public record LearnerTally(String learner, Tally tally, List<String> weakestTags) {
    public LearnerTally {
        weakestTags = List.copyOf(weakestTags);
    }
}
