package viva.cli;

import org.jline.terminal.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import viva.drill.AttemptSink;
import viva.drill.Drill;
import viva.drill.DrillScreen;
import viva.drill.Summary;
import viva.schedule.Again;
import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Review;
import viva.schedule.Scheduler;
import viva.store.DataDir;
import viva.store.RecoveryJournal;
import viva.store.Recorder;
import viva.store.Remembered;
import viva.store.Session;
import viva.store.Store;
import viva.text.Glyphs;
import viva.term.LineScreen;
import viva.term.Palette;
import viva.term.TerminalScreen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What drill and mock share: the history store, the memory of each question, the screen, and the
 * session around them. Opening the store and the terminal are the slow parts of start-up, so they
 * run in the background while the banks load; whatever fails still fails before the first question.
 */
final class Practice implements AutoCloseable {
    private final Viva root;
    private final CommandSpec spec;
    private final Scheduler scheduler;
    private final CompletableFuture<Store> store;
    private final CompletableFuture<Memory> memory;
    private final CompletableFuture<Tty> terminal;
    /** The save of a newer memory, once one is under way. */
    private volatile CompletableFuture<?> saving;
    private final RecoveryJournal journal;
    private Recorder recorder;
    private volatile int merged;
    private volatile long checkedInMs = -1;

    /** The terminal and the drill screen on it, both made in the background; closed once, whoever asks first. */
    private record Tty(Terminal terminal, TerminalScreen screen, Once close) {
        Tty(Terminal terminal, TerminalScreen screen) {
            this(terminal, screen, new Once(() -> {
                screen.close();
                try {
                    terminal.close();
                } catch (IOException ignored) {
                    // the terminal is going away anyway; its modes were restored as far as they could be
                }
            }));
        }
    }

    private Practice(Viva root, CommandSpec spec) {
        this.root = root;
        this.spec = spec;
        this.scheduler = new Scheduler(FsrsParameters.defaults().withDesiredRetention(root.settings().desiredRetention()));
        Path database = DataDir.database(root.context.env());
        this.journal = RecoveryJournal.beside(database);
        this.store = Background.startIo(() -> Store.open(database));
        this.memory = store.thenCompose(s -> Background.startIo(() -> remember(s)));
        this.terminal = root.context.interactive() ? Background.startIo(() -> {
            Terminal tty = EarlyTerminal.take(root.context);
            return new Tty(tty, new TerminalScreen(tty, Palette.of(root.colour()), true));
        }) : null;
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

    static Practice start(Viva root, CommandSpec spec) {
        return new Practice(root, spec);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** Every question's memory: the saved one and the attempts since, or a replay of them all. */
    Memory memory() throws IOException {
        return Background.join(memory);
    }

    /** Each question's mean key-point coverage in the history. */
    java.util.Map<String, Double> meanCoverage() throws IOException {
        return Background.join(store).meanCoverage();
    }

    /** The catalogue without the questions the person suspended: what every drill, mock and plan draws from. */
    viva.bank.Catalog drawable(viva.bank.Catalog catalog) throws IOException {
        return catalog.without(Background.join(store).suspended());
    }

    /** The leeches among {@code scope}, most failed first (leech-threshold of the configuration); read once a run. */
    java.util.List<String> leechesAmong(java.util.Collection<String> scope) throws IOException {
        if (leeches == null) {
            leeches = java.util.List.copyOf(Background.join(store).leeches(leechThreshold()).keySet());
        }
        java.util.Set<String> within = new java.util.HashSet<>(scope);
        return leeches.stream().filter(within::contains).toList();
    }

    int leechThreshold() {
        return root.settings().leechThreshold();
    }

    private java.util.List<String> leeches;

    /** Each attempted question's last rating. */
    java.util.Map<String, viva.schedule.Rating> lastRatings() throws IOException {
        return Background.join(store).lastRatings();
    }

    /**
     * Runs one session of {@code mode}: kept in the store, shown in the terminal or over lines. A history that
     * cannot be opened stops the command before the first question; one that fails later (damage found by the
     * check of the whole file, a full disk, a lock) does not stop the drill: its answers go to the recovery
     * journal, and {@link #finish} says why afterwards.
     */
    Summary run(String mode, Supplier<String> filters, long seed, Drill.Plan plan, Flow flow) throws Exception {
        Store history = Background.join(store);
        Instant started = root.context.clock().instant();
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
        recorder = new Recorder(history, () -> Background.join(session), planned, journal, plan.questions());
        AttemptSink sink = attempt -> {
            // The replay must finish before this attempt is stored, or it would count the attempt twice.
            Optional<Memory> known = knownMemory();
            String kept = recorder.keep(attempt);
            if (attempt.rating().isEmpty() || known.isEmpty() || !kept.isEmpty()) {
                return kept;
            }
            var card = known.get().add(scheduler, new Review(attempt.questionId(), attempt.endedAt(), attempt.rating().get()));
            return Again.phrase(attempt.endedAt(), card.due());
        };
        try {
            return terminal != null ? inTerminal(plan, sink, flow) : overLines(plan, sink, flow);
        } finally {
            if (recorder.failure().isEmpty()) {
                endSession(history, session);
            }
            if (root.debug && checkedInMs >= 0) {
                spec.commandLine().getErr().println("viva: checked the history " + history.file() + " in "
                        + checkedInMs + " ms, in the background");
            }
        }
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
            history.endSession(Background.join(session).id(), root.context.clock().instant());
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

    /**
     * After a session: what the person must know about where its answers went, if anything. Empty when the
     * history took them all.
     */
    Optional<String> problem() {
        if (recorder == null || recorder.failure().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(recorder.failure().get().getMessage() + "; this session's answers are in the recovery journal "
                + journal.file() + " and will be merged into the history on the next start that can");
    }

    /**
     * Ends a session for the command: says where answers went when that is news (merged from the journal,
     * or kept in it) and gives the exit status. A history that took no answer is a data error even though
     * the answers are safe: scripts should notice.
     */
    int finish(Summary summary) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (merged > 0) {
            err.println("viva: " + merged + (merged == 1 ? " answer" : " answers")
                    + " from the recovery journal moved into the history");
        }
        Optional<String> problem = problem();
        problem.ifPresent(p -> err.println("viva: " + p));
        err.flush();
        return summary.interrupted() ? ExitCode.INTERRUPTED.code() : problem.isPresent() ? ExitCode.DATA.code() : ExitCode.OK.code();
    }

    /** How a session goes: a drill or a mock interview. */
    @FunctionalInterface
    interface Flow {
        Summary run(Drill drill, Drill.Plan plan) throws Exception;
    }

    private Summary overLines(Drill.Plan plan, AttemptSink sink, Flow flow) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(root.context.in(), root.context.charset()));
        DrillScreen screen = new LineScreen(in, spec.commandLine().getOut(), Glyphs.forCharset(root.context.charset()));
        return flow.run(new Drill(screen, root.context.clock(), sink), plan);
    }

    /** The terminal is restored on every way out: normal end, an exception, or a signal that runs shutdown hooks. */
    private Summary inTerminal(Drill.Plan plan, AttemptSink sink, Flow flow) throws Exception {
        Tty tty = Background.join(terminal);
        TerminalScreen screen = tty.screen();
        Runnable restore = tty.close();
        Thread hook = new Thread(restore, "viva-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return flow.run(new Drill(screen, root.context.clock(), sink), plan);
        } finally {
            restore.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    /** Closes what was opened, also when the session never started (a bad filter, a broken bank). */
    @Override
    public void close() throws IOException {
        if (terminal != null) {
            Tty tty = terminal.exceptionally(e -> null).join();
            if (tty != null) {
                tty.close().run();
            }
        }
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

    /** Waits for background work, and rethrows what it threw as it was thrown. */


}
