package viva.practice;

import viva.config.Config;
import viva.config.Key;
import viva.report.AttemptRow;
import viva.report.AttemptSource;
import viva.report.LearnerRow;
import viva.report.Report;
import viva.report.ReportScope;
import viva.store.EarlyServer;
import viva.store.Store;
import viva.threads.Background;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;

/**
 * The history as the commands that read it or mark questions in it see it: opened from the data folder, its
 * store kept behind this. Reports, stats and history get the report's own records; suspend and flag keep their
 * marks here, never in a bank.
 */
public final class History implements AutoCloseable {
    /** Of the rated answers in scope whose key points were marked: how many, and in how many the person changed viva's marks. */
    public record Corrections(int marked, int corrected) {
    }

    private final Store store;

    private History(Store store) {
        this.store = store;
    }

    /**
     * Starts connecting, on another thread, to the server VIVA_HISTORY names, for a command known to open the
     * history, while its command line is parsed. Anything else waits for the settings: see
     * {@link #startEarly(Config, Map)}.
     */
    public static void startEarly(Map<String, String> env) {
        // A URL that is not right is left to be reported where it is read, with its origin.
        named(env).flatMap(server -> HistoryPlace.early(server, env)).ifPresent(EarlyServer::start);
    }

    /**
     * Once the settings are read (on another thread too), the rest of it: the connection to the server the
     * config file names, or else readying SQLite for the file. It still overlaps the building of the command
     * line; and a history on a server no longer pays for readying SQLite beside its connection on two cores.
     */
    public static void startEarly(Config settings, Map<String, String> env) {
        if (named(env).isPresent()) {
            return;
        }
        if (settings.history().isPresent()) {
            HistoryPlace.early(settings, env).ifPresent(EarlyServer::start);
        } else {
            Background.start(() -> {
                Store.warm();
                return null;
            });
        }
    }

    private static Optional<String> named(Map<String, String> env) {
        return Optional.ofNullable(env.get(Key.HISTORY.envName())).filter(server -> !server.isBlank());
    }

    /** Closes what {@link #startEarly} began and the command did not use. */
    public static void endEarly() {
        EarlyServer.discard();
    }

    /**
     * For commands that only read: a history that does not exist yet reads as empty, and none is made. Where the
     * server cannot be reached, this machine's copy of its history is read instead, and {@code notices} says so.
     */
    public static History forReading(Config settings, Map<String, String> env, PrintWriter notices) throws IOException {
        HistoryPlace place = HistoryPlace.of(settings, env);
        Store store = place.openForReading();
        place.tellStandIn(store, notices);
        return new History(store);
    }

    /**
     * For the organiser of a cohort: every learner's history on the server, as its row-level security lets this
     * role read it (a learner's role still reads only its own).
     */
    public static History cohort(Config settings, Map<String, String> env) throws IOException {
        return new History(HistoryPlace.of(settings, env).openCohort());
    }

    /**
     * Copies the history of the settings into {@code target} (a postgresql:// URL, or a SQLite file made if
     * missing), ids and all; run again, it adds nothing.
     *
     * @throws IllegalArgumentException where {@code target} is a URL that does not parse, with what is wrong
     */
    public static Copied copy(Config settings, Map<String, String> env, String target) throws IOException {
        HistoryPlace to = HistoryPlace.elsewhere(target, settings, env);
        try (Store from = HistoryPlace.of(settings, env).openForReading(); Store into = to.open()) {
            Store.Copied copied = from.copyInto(into);
            return new Copied(copied.added(), copied.already());
        }
    }

    /** What a sync did: the answers it moved from the recovery journal, and the history, as a person would name it. */
    public record Synced(int moved, String history) {
    }

    /** Moves the answers waiting in the recovery journal into the history (made if it does not exist yet). */
    public static Synced sync(Config settings, Map<String, String> env) throws IOException {
        HistoryPlace place = HistoryPlace.of(settings, env);
        try (Store store = place.open()) {
            int moved = place.journal().pending() > 0 ? store.merge(place.journal()) : 0;
            return new Synced(moved, place.url().map(Object::toString).orElse(place.file().toString()));
        }
    }

    /** What a copy did: the attempts it added, and those the target had already. */
    public record Copied(int added, int already) {
    }

    /** For commands that change it (suspend, unsuspend): made if it does not exist yet. */
    public static History forWriting(Config settings, Map<String, String> env) throws IOException {
        return new History(HistoryPlace.of(settings, env).open());
    }

    /**
     * Everything but the "changed since" marks, which need the banks; see {@link Report#markChanged}. Its attempts
     * are read from the history as the report is written: write it before closing this.
     */
    public Report report(ReportScope scope, boolean withAnswers, Instant now, ZoneId zone) throws IOException {
        return Reports.streamed(store, scope, withAnswers, now, zone);
    }

    /** What 'viva stats' shows: no per-question rows and no answers. */
    public Report stats(ReportScope scope, Instant now, ZoneId zone) throws IOException {
        return Reports.forStats(store, scope, now, zone);
    }

    /** Every attempt in scope, newest first, each handed over as it is read: for a history too long to hold. */
    public void eachAttempt(ReportScope scope, AttemptSource.Sink each) throws IOException {
        store.eachAttempt(ReportRows.scope(scope), true, a -> each.take(ReportRows.attempt(a)));
    }

    /** History's rows: the newest {@code limit} attempts in scope, newest first; 0 for all. */
    public List<AttemptRow> attempts(ReportScope scope, int limit) throws IOException {
        return Reports.attempts(store, scope, limit);
    }

    /** Per learner in scope, by name, with each one's three weakest tags. */
    public List<LearnerRow> learners(ReportScope scope) throws IOException {
        return store.tallies().byLearner(ReportRows.scope(scope), 3).stream()
                .map(l -> new LearnerRow(l.learner(), l.tally().attempts(), l.tally().meanRating(), l.tally().meanCoverage(), l.weakestTags()))
                .toList();
    }

    public Corrections corrections(ReportScope scope) throws IOException {
        Store.Corrections c = Reports.corrections(store, scope);
        return new Corrections(c.marked(), c.corrected());
    }

    /** The questions rated Again at least {@code threshold} times, most failed first, with how often. */
    public Map<String, Integer> leeches(int threshold) throws IOException {
        return store.leeches(threshold);
    }

    /** The newest session in which an answer was rated. */
    public OptionalLong lastSession() throws IOException {
        return store.lastSession();
    }

    public boolean hasSession(long id) throws IOException {
        return store.session(id).isPresent();
    }

    public int suspend(Collection<String> ids, Instant at) throws IOException {
        return store.suspend(ids, at);
    }

    public int unsuspend(Collection<String> ids) throws IOException {
        return store.unsuspend(ids);
    }

    public SortedSet<String> suspended() throws IOException {
        return store.suspended();
    }

    public SortedSet<String> flagged() throws IOException {
        return store.flagged();
    }

    public int unflag(Collection<String> ids) throws IOException {
        return store.unflag(ids);
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
