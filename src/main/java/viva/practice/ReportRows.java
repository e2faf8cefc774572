package viva.practice;

import viva.report.AttemptRow;
import viva.report.QuestionRow;
import viva.report.ReportScope;
import viva.report.SessionRow;
import viva.report.Summary;
import viva.report.TagRow;
import viva.report.Totals;
import viva.store.Overall;
import viva.store.QuestionTally;
import viva.store.Scope;
import viva.store.SessionTally;
import viva.store.StoredAttempt;
import viva.store.TagTally;
import viva.store.Tally;

/** The history's rows as the report shows them: the one place that knows both the store's records and the report's. */
final class ReportRows {
    private ReportRows() {
    }

    static Scope scope(ReportScope scope) {
        Scope out = Scope.ALL.withTags(scope.tags());
        out = scope.question().map(out::withQuestion).orElse(out);
        out = scope.since().map(out::withSince).orElse(out);
        return scope.session().isPresent() ? out.withSession(scope.session().getAsLong()) : out;
    }

    static Totals totals(Tally t) {
        return new Totals(t.attempts(), t.meanRating(), t.meanCoverage(), t.meanTaken(), t.timeRatio(), t.overBudget(),
                t.totalTaken());
    }

    static Summary summary(Overall o) {
        return new Summary(totals(o.tally()), o.sessions(), o.questions(), o.first(), o.last());
    }

    static TagRow tag(TagTally t) {
        return new TagRow(t.tag(), totals(t.tally()), t.trend());
    }

    static SessionRow session(SessionTally s) {
        return new SessionRow(s.sessionId(), s.mode(), s.startedAt(), totals(s.tally()));
    }

    /** Unmarked: whether the text has changed needs the banks (see Report.markChanged). */
    static QuestionRow question(QuestionTally q) {
        return new QuestionRow(q.questionId(), q.bank(), q.tags(), totals(q.tally()), q.lastBudget(), q.lastRating(),
                q.lastAt(), q.lastLang(), q.lastTextHash(), false);
    }

    static AttemptRow attempt(StoredAttempt a) {
        return new AttemptRow(a.id(), a.sessionId(), a.mode(), a.questionId(), a.bank(), a.textHash(), a.lang(), a.tags(),
                a.startedAt(), a.endedAt(), a.taken(), a.budget(), a.hintsUsed(), a.answer(), a.points(), a.coverage(),
                a.rating(), a.learner());
    }
}
