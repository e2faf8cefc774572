package viva.store;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One question's figures, with what its latest attempt was judged against. */
public record QuestionTally(String questionId, String bank, List<String> tags, Tally tally, Duration lastBudget,
                            Rating lastRating, Instant lastAt, Lang lastLang, String lastTextHash) {
    public QuestionTally {
        tags = List.copyOf(tags);
    }
}
