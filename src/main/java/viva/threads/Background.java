package viva.threads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Start-up work that can run beside bank loading, each piece on a thread of its own: on two cores the
 * common pool has a single worker, which bank parsing already keeps busy, so the work would wait in line.
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

    /** The result, or the IOException the work failed with. */
    public static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static void thread(Runnable work) {
        Thread t = new Thread(work, "viva-start-up");
        t.setDaemon(true);
        t.start();
    }
}
