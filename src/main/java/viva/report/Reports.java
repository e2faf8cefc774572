package viva.report;

import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Scheduler;
import viva.store.Scope;
import viva.store.Store;
import viva.store.StoreException;
import viva.store.TagTally;
import viva.store.Tallies;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import java.util.concurrent.CompletionException;

/** Gathers a report from the store. */
public final class Reports {
    /** How many sessions a tag's trend looks back over. */
    public static final int TREND_SESSIONS = 12;
    static final int TOP = 5;

    private Reports() {
    }

    public static Report build(Store store, Scope scope, TextVersions texts, boolean withAnswers, Instant now, ZoneId zone)
            throws StoreException {
        return build(store, scope, withAnswers, now, zone).markChanged(texts);
    }

    /** Everything but the "changed since" marks, which need the banks; see {@link Report#markChanged}. */
    public static Report build(Store store, Scope scope, boolean withAnswers, Instant now, ZoneId zone) throws StoreException {
        CompletableFuture<List<TagTally>> tags = byTagBeside(store, scope);
        Tallies tallies = store.tallies();
        List<Report.QuestionRow> questions = tallies.byQuestion(scope).stream().map(q -> new Report.QuestionRow(q, false)).toList();
        // Recall does not depend on the retention a person aims for, only on each question's memory.
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        Memory memory = store.remember(scheduler).memory();
        ToDoubleFunction<String> recall = id -> memory.card(id).map(c -> scheduler.retrievability(c, now)).orElse(0.0);
        return new Report(now, zone, scope, tallies.overall(scope), join(tags),
                questions, Ranking.slowest(questions, TOP), Ranking.weakest(questions, TOP, recall), tallies.bySession(scope),
                tallies.days(scope, zone), withAnswers ? oldestFirst(store, scope) : List.of());
    }

    /** What 'viva stats' shows: no per-question rows and no answers, so it reads only the summing indexes. */
    public static Report forStats(Store store, Scope scope, Instant now, ZoneId zone) throws StoreException {
        CompletableFuture<List<TagTally>> tags = byTagBeside(store, scope);
        Tallies tallies = store.tallies();
        return new Report(now, zone, scope, tallies.overall(scope), join(tags),
                List.of(), List.of(), List.of(), tallies.bySession(scope), tallies.days(scope, zone), List.of());
    }

    /**
     * The per-tag figures, weakest first. They read attempt_tag, which holds each attempt once per tag, and
     * so take longest of all the queries: they run on a second connection, on the other core, beside the rest.
     */
    private static CompletableFuture<List<TagTally>> byTagBeside(Store store, Scope scope) {
        CompletableFuture<List<TagTally>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (Store other = Store.openForReading(store.file())) {
                result.complete(Ranking.weakestTags(other.tallies().byTag(scope, TREND_SESSIONS)));
            } catch (StoreException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "viva-tag-tallies");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T join(CompletableFuture<T> future) throws StoreException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException s) {
                throw s;
            }
            throw e;
        }
    }

    private static List<viva.store.StoredAttempt> oldestFirst(Store store, Scope scope) throws StoreException {
        List<viva.store.StoredAttempt> attempts = new java.util.ArrayList<>(store.attempts(scope, 0));
        java.util.Collections.reverse(attempts);
        return attempts;
    }
}
