package viva.report;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One question's figures, with what its latest attempt was judged against, and whether that text has
 * changed since (see {@link Report#markChanged}).
 */
public record QuestionRow(String questionId, String bank, List<String> tags, Totals totals, Duration lastBudget,
                          Rating lastRating, Instant lastAt, Lang lastLang, String lastTextHash, boolean changed) {
    public QuestionRow {
        tags = List.copyOf(tags);
    }

    QuestionRow marked(TextChanges texts) {
        return new QuestionRow(questionId, bank, tags, totals, lastBudget, lastRating, lastAt, lastLang, lastTextHash,
                texts.changed(questionId, lastLang, lastTextHash));
    }
}
