package viva.practice;

import viva.bank.Catalog;
import viva.config.Config;
import viva.drill.Attempt;
import viva.drill.AttemptSink;
import viva.drill.Drill;
import viva.drill.ScreenSource;
import viva.drill.Summary;
import viva.schedule.DueIn;
import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Rating;
import viva.schedule.Review;
import viva.schedule.Scheduler;
import viva.store.RecoveryJournal;
import viva.store.Remembered;
import viva.store.Session;
import viva.store.Store;
import viva.text.Messages;
import viva.threads.Background;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What drill and mock share: the history store, the memory of each question, the screen, and the session
 * around them. Recording a rating is three steps in one place: store the attempt, add it to the memory, and
 * say when the question comes back. Opening the store and the screen are the slow parts of start-up, so they
 * run in the background while the banks load; whatever fails still fails before the first question.
 */
public final class PracticeSession implements AutoCloseable {
    /** What a session takes from the run around it. */
    public record Needs(Config settings, Map<String, String> env, Clock clock, PrintWriter err, boolean debug) {
    }

    /** How a session ended, for the command's exit status. */
    public enum Outcome {
        /** Every answer is in the history. */
        KEPT,
        /** The history took no answer: they are safe in the recovery journal, but scripts should notice. */
        JOURNALLED,
        /** The person stopped the session (Ctrl-C, :quit); what was rated is kept. */
        INTERRUPTED
    }

    /** How a session goes: a drill or a mock interview. */
    @FunctionalInterface
    public interface Flow {
        Summary run(Drill drill, Drill.Plan plan) throws Exception;
    }

    private final Needs needs;
    private final ScreenSource screens;
    private final Scheduler scheduler;
    private final CompletableFuture<Store> store;
    private boolean toldStandIn;
    private final CompletableFuture<Memory> memory;
    /** The save of a newer memory, once one is under way. */
    private volatile CompletableFuture<?> saving;
    private final RecoveryJournal journal;
    /** Where the history is: it says so when this machine's copy stands in for the server. */
    private final HistoryPlace place;
    private Recorder recorder;
    private List<String> leeches;
    /** What the memory knew of the last question rated, before its rating: what an undo goes back to. */
    private Memory.Before beforeLast;
    private volatile int merged;
    private volatile long checkedInMs = -1;

    private PracticeSession(Needs needs, ScreenSource screens) {
        this.needs = needs;
        this.screens = screens;
        this.scheduler = new Scheduler(FsrsParameters.defaults().withDesiredRetention(needs.settings().desiredRetention()));
        HistoryPlace place = HistoryPlace.of(needs.settings(), needs.env());
        this.journal = place.journal();
        this.place = place;
        // A drill goes on while the server is away, its answers journalled; a plan would mislead without the history
        // (this machine's copy of it will do).
        boolean plan = screens == ScreenSource.NONE;
        this.store = Background.startIo(() -> place.openToPractise(plan));
        this.memory = store.thenCompose(s -> Background.startIo(() -> remember(s)));
    }

    /** Starts opening the history and replaying the memory; {@code screens} shows the questions once {@link #run} asks. */
    public static PracticeSession start(Needs needs, ScreenSource screens) {
        return new PracticeSession(needs, screens);
    }

    /** The memory as saved plus the attempts since; a newer one is saved for the next start, beside this one. */
    private Memory remember(Store s) throws IOException {
        Remembered remembered = s.remember(scheduler);
        if (!remembered.saved()) {
            Memory copy = remembered.memory().copy();
            saving = Background.start(() -> {
                try {
                    s.keep(scheduler, copy, remembered.upto());
                } catch (IOException e) {
                    // Saved memory is derived data: without it the next start replays the attempts again.
                }
                return null;
            });
        }
        return remembered.memory();
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Clock clock() {
        return needs.clock();
    }

    /** Every question's memory: the saved one and the attempts since, or a replay of them all. */
    public Memory memory() throws IOException {
        history();
        return Background.join(memory);
    }

    /** The history, once open; where it is this machine's copy standing in for the server, the first look says so. */
    private Store history() throws IOException {
        Store history = Background.join(store);
        if (!toldStandIn) {
            toldStandIn = true;
            place.tellStandIn(history, needs.err());
        }
        return history;
    }

    /** Each question's mean key-point coverage in the history. */
    public Map<String, Double> meanCoverage() throws IOException {
        return history().meanCoverage();
    }

    /** Each attempted question's last rating. */
    public Map<String, Rating> lastRatings() throws IOException {
        return history().lastRatings();
    }

    /** The questions rated one of {@code ratings} since {@code since}, the most recent first. */
    public List<String> ratedSince(Instant since, Set<Rating> ratings) throws IOException {
        return history().ratedSince(since, ratings);
    }

    /** The catalogue without the questions the person suspended: what every drill, mock and plan draws from. */
    public Catalog drawable(Catalog catalog) throws IOException {
        return catalog.without(history().suspended());
    }

    /** The leeches among {@code scope}, most failed first (leech-threshold of the configuration); read once a run. */
    public List<String> leechesAmong(Collection<String> scope) throws IOException {
        if (leeches == null) {
            leeches = List.copyOf(history().leeches(leechThreshold()).keySet());
        }
        Set<String> within = new HashSet<>(scope);
        return leeches.stream().filter(within::contains).toList();
    }

    public int leechThreshold() {
        return needs.settings().leechThreshold();
    }

    /**
     * Runs one session of {@code mode}: kept in the store, shown on the screen. A history that cannot be opened
     * stops the command before the first question; one that fails later (damage found by the check of the whole
     * file, a full disk, a lock) does not stop the drill: its answers go to the recovery journal, and
     * {@link #finish} says why afterwards.
     */
    public Summary run(String mode, Supplier<String> filters, long seed, Drill.Plan plan, Flow flow) throws Exception {
        Store history = history();
        Instant started = needs.clock().instant();
        Supplier<Session> planned = () -> new Session(0, mode, started, Optional.empty(), filters.get(), OptionalLong.of(seed));
        // Checking the file whole, merging what waits in the recovery journal and writing the session (its
        // filters as JSON, whose library is slow to start, and an fsync) are needed only by the first rated
        // answer: do them while the first question is on screen, not before.
        CompletableFuture<Session> session = Background.startIo(() -> {
            check(history);
            merged = history.merge(journal);
            return history.startSession(mode, filters.get(), OptionalLong.of(seed), started);
        });
        Background.start(() -> {
            try {
                journal.reserve();
            } catch (IOException e) {
                // Without the reserve the journal still works while the disk has room.
            }
            return null;
        });
        Messages words = Messages.of(plan.lang().code());
        recorder = new Recorder(history, () -> Background.join(session), planned, journal, plan.questions());
        try {
            Drill drill = new Drill(screens.open(), needs.clock(), new AttemptSink() {
                @Override
                public String keep(Attempt attempt) {
                    return record(attempt, words);
                }

                @Override
                public Optional<String> undo(Attempt attempt) throws IOException {
                    return takeBack(attempt);
                }

                @Override
                public String flag(String questionId) throws IOException {
                    history.flag(List.of(questionId), needs.clock().instant());
                    return words.get("flag.done", questionId);
                }
            });
            return flow.run(drill, plan);
        } finally {
            screens.close();
            if (recorder.failure().isEmpty()) {
                endSession(history, session);
            }
            if (needs.debug() && checkedInMs >= 0) {
                needs.err().println("viva: checked the history " + history.file() + " in " + checkedInMs + " ms, in the background");
            }
        }
    }

    /**
     * A rated answer: stored at once (or journalled), added to the memory, and phrased as when it comes back.
     * The replay of the memory must finish before the attempt is stored, or it would count the attempt twice.
     */
    private String record(Attempt attempt, Messages words) {
        Optional<Memory> known = knownMemory();
        String kept = recorder.keep(attempt);
        if (attempt.rating().isEmpty() || known.isEmpty() || !kept.isEmpty()) {
            return kept;
        }
        beforeLast = known.get().before(attempt.questionId());
        var card = known.get().add(scheduler, new Review(attempt.questionId(), attempt.endedAt(), attempt.rating().get()));
        return DueIn.phrase(attempt.endedAt(), card.due(), words);
    }

    /** An undo: the history forgets the attempt, and the memory goes back to what it knew before it. */
    private Optional<String> takeBack(Attempt attempt) throws IOException {
        Optional<String> refused = recorder.undo(attempt);
        if (refused.isEmpty() && beforeLast != null && beforeLast.questionId().equals(attempt.questionId())) {
            memory().restore(beforeLast);
            beforeLast = null;
        }
        return refused;
    }

    /** The whole file is checked before its first write; --debug says afterwards how long that took. */
    private void check(Store history) throws IOException {
        long start = System.nanoTime();
        history.verify();
        checkedInMs = (System.nanoTime() - start) / 1_000_000;
    }

    /** The end time is a convenience: failing to write it loses no answer and fails nothing. */
    private void endSession(Store history, CompletableFuture<Session> session) {
        try {
            history.endSession(Background.join(session).id(), needs.clock().instant());
        } catch (IOException | RuntimeException e) {
            // the session stays open-ended in history, as after a kill
        }
    }

    private Optional<Memory> knownMemory() {
        try {
            return Optional.of(memory());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** After a session: what the person must know about where its answers went, if anything. */
    private Optional<String> problem() {
        if (recorder == null || recorder.failure().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recorder.failure().get().getMessage() + "; this session's answers are in the recovery journal "
                + journal.file() + " and will be merged into the history on the next start that can");
    }

    /** Ends a session: says where answers went when that is news (merged from the journal, or kept in it). */
    public Outcome finish(Summary summary) {
        PrintWriter err = needs.err();
        if (merged > 0) {
            err.println("viva: " + merged + (merged == 1 ? " answer" : " answers") + " from the recovery journal moved into the history");
        }
        Optional<String> problem = problem();
        problem.ifPresent(p -> err.println("viva: " + p));
        err.flush();
        return summary.interrupted() ? Outcome.INTERRUPTED : problem.isPresent() ? Outcome.JOURNALLED : Outcome.KEPT;
    }

    /** Closes what was opened, also when the session never started (a bad filter, a broken bank). */
    @Override
    public void close() throws IOException {
        screens.close();
        Store history = store.exceptionally(e -> null).join();
        if (history != null) {
            // A short command ('viva due') would otherwise close the history under the save it started.
            CompletableFuture<?> pending = saving;
            if (pending != null) {
                pending.exceptionally(e -> null).join();
            }
            history.close();
        }
    }
}
