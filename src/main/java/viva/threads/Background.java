package viva.threads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The one way viva runs work beside the main thread: each piece on a daemon thread of its own, because on two
 * cores the common pool has a single worker, which bank parsing already keeps busy, so the work would wait in
 * line; and a daemon, so that nothing left running keeps a finished command from exiting.
 */
public final class Background {
    private Background() {
    }

    public static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, Background::thread);
    }

    /** Like {@link #start}, for work that may fail with an IOException; {@link #join} gives it back. */
    public static <T> CompletableFuture<T> startIo(IoSupplier<T> work) {
        return start(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Like {@link #start}, for work that may fail with any exception; {@link #await} gives it back as thrown. */
    public static <T> CompletableFuture<T> call(Callable<T> work) {
        return start(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The result, or the IOException the work failed with. */
    public static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The result, or whatever the work of {@link #call} failed with, as it was thrown. */
    public static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return join(future);
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Threads for an executor that must outlive one piece of work (a clock that ticks): daemons, named. */
    public static ThreadFactory daemons(String name) {
        return work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        };
    }

    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static void thread(Runnable work) {
        daemons("viva-background").newThread(work).start();
    }
}
