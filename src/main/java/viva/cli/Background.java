package viva.cli;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Start-up work that can run beside bank loading, each piece on a thread of its own: on two cores the
 * common pool has a single worker, which bank parsing already keeps busy, so the work would wait in line.
 */
final class Background {
    private Background() {
    }

    static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, Background::thread);
    }

    private static void thread(Runnable work) {
        Thread t = new Thread(work, "viva-start-up");
        t.setDaemon(true);
        t.start();
    }
}
