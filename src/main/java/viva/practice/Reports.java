package viva.practice;

import viva.report.AttemptRow;
import viva.report.AttemptSource;
import viva.report.QuestionRow;
import viva.report.Ranking;
import viva.report.Report;
import viva.report.ReportScope;
import viva.report.SessionRow;
import viva.report.SessionSource;
import viva.report.TagRow;
import viva.report.Trend;
import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Scheduler;
import viva.store.Overall;
import viva.store.Scope;
import viva.store.Store;
import viva.store.StoreException;
import viva.store.Remembered;
import viva.store.Tallies;

import viva.threads.Background;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;

/** Gathers a report, the stats and history's rows from the store, in the report's own records. */
public final class Reports {
    private Reports() {
    }

    /**
     * Everything but the "changed since" marks, which need the banks; see {@link Report#markChanged}. The sessions and
     * the attempts (when asked for) are read into the report: it stays whole after the store is closed.
     */
    public static Report build(Store store, ReportScope shown, boolean withAnswers, Instant now, ZoneId zone) throws IOException {
        Report report = streamed(store, shown, withAnswers, now, zone);
        List<SessionRow> sessions = new ArrayList<>();
        report.sessionSource().forEach(sessions::add);
        List<AttemptRow> attempts = new ArrayList<>();
        report.attempts().forEach(attempts::add);
        return report.withSources(SessionSource.of(sessions), withAnswers ? AttemptSource.of(attempts) : AttemptSource.NONE);
    }

    /**
     * The same report whose sessions and attempts are read from {@code store} as it is written, one by one, so that a
     * million typed answers are never held at once: the store must stay open until the report is written.
     */
    public static Report streamed(Store store, ReportScope shown, boolean withAnswers, Instant now, ZoneId zone)
            throws IOException {
        Scope scope = ReportRows.scope(shown);
        CompletableFuture<List<TagRow>> tags = byTagBeside(store, scope);
        Tallies tallies = store.tallies();
        List<QuestionRow> questions = tallies.byQuestion(scope).stream().map(ReportRows::question).toList();
        // Recall does not depend on the retention a person aims for, only on each question's memory.
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        Memory memory = remembered(store, scheduler);
        ToDoubleFunction<String> recall = id -> memory.card(id).map(c -> scheduler.retrievability(c, now)).orElse(0.0);
        Overall overall = tallies.overall(scope);
        return new Report(now, zone, shown, ReportRows.summary(overall), Background.join(tags), questions,
                Ranking.slowest(questions, Ranking.TOP), Ranking.weakest(questions, Ranking.TOP, recall),
                sessionsOf(tallies, scope, overall), tallies.days(scope, zone),
                withAnswers ? attemptsOf(store, scope) : AttemptSource.NONE, List.of());
    }

    /**
     * The memory, replayed where none was saved (a history just copied or imported) and then saved, so that the
     * next report over a million attempts does not replay them all again. A history that cannot be written
     * (read-only, or a server's copy standing in) just replays next time too.
     */
    private static Memory remembered(Store store, Scheduler scheduler) throws IOException {
        Remembered remembered = store.remember(scheduler);
        if (!remembered.saved()) {
            try {
                store.keep(scheduler, remembered.memory(), remembered.upto());
            } catch (StoreException e) {
                // derived data: without it the next start replays the attempts again
            }
        }
        return remembered.memory();
    }

    /** What 'viva stats' shows: no per-question rows and no answers, so it reads only the summing indexes. */
    public static Report forStats(Store store, ReportScope shown, Instant now, ZoneId zone) throws IOException {
        Scope scope = ReportRows.scope(shown);
        CompletableFuture<List<TagRow>> tags = byTagBeside(store, scope);
        Tallies tallies = store.tallies();
        Overall overall = tallies.overall(scope);
        return new Report(now, zone, shown, ReportRows.summary(overall), Background.join(tags), List.of(), List.of(),
                List.of(), sessionsOf(tallies, scope, overall), tallies.days(scope, zone), AttemptSource.NONE, List.of());
    }

    /** The count and the latest sessions read now; all of them read again, one by one, by whatever lists them all. */
    private static SessionSource sessionsOf(Tallies tallies, Scope scope, Overall overall) throws IOException {
        List<SessionRow> latest = tallies.latestSessions(scope, Trend.SHOWN_SESSIONS).stream().map(ReportRows::session).toList();
        return new SessionSource() {
            @Override
            public int count() {
                return overall.sessions();
            }

            @Override
            public List<SessionRow> latest() {
                return latest;
            }

            @Override
            public void forEach(Sink each) throws IOException {
                tallies.eachSession(scope, s -> each.take(ReportRows.session(s)));
            }
        };
    }

    /** History's rows: the newest {@code limit} attempts in scope, newest first; 0 for all. */
    public static List<AttemptRow> attempts(Store store, ReportScope shown, int limit) throws IOException {
        return store.attempts(ReportRows.scope(shown), limit).stream().map(ReportRows::attempt).toList();
    }

    /** How often the person corrected viva's key-point marks in scope. */
    public static Store.Corrections corrections(Store store, ReportScope shown) throws IOException {
        return store.corrections(ReportRows.scope(shown));
    }

    /**
     * The per-tag figures, weakest first. They read attempt_tag, which holds each attempt once per tag, and
     * so take longest of all the queries: they run on a second connection, on the other core, beside the rest.
     */
    private static CompletableFuture<List<TagRow>> byTagBeside(Store store, Scope scope) {
        return Background.startIo(() -> {
            try (Store other = store.another()) {
                return Ranking.weakestTags(other.tallies().byTag(scope, Trend.TAG_SESSIONS).stream().map(ReportRows::tag).toList());
            }
        });
    }

    /** The attempts in scope, oldest first, read from the store each time the report is written (it stays open meanwhile). */
    private static AttemptSource attemptsOf(Store store, Scope scope) {
        return new AttemptSource() {
            @Override
            public boolean included() {
                return true;
            }

            @Override
            public void forEach(Sink each) throws IOException {
                store.eachAttempt(scope, false, a -> each.take(ReportRows.attempt(a)));
            }
        };
    }
}
