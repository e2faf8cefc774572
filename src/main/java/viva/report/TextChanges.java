package viva.report;

import viva.bank.Lang;

/** Whether a question's text has changed since an attempt was judged against the text with {@code textHash}. */
@FunctionalInterface
public interface TextChanges {
    /** For when the banks are not known: every text counts as unchanged. */
    TextChanges UNKNOWN = (questionId, lang, textHash) -> false;

    boolean changed(String questionId, Lang lang, String textHash);

    /** Whether the text of the question {@code attempt} answered has changed since. */
    default boolean changed(AttemptRow attempt) {
        return changed(attempt.questionId(), attempt.lang(), attempt.textHash());
    }
}
