package viva.threads;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs its action the first time only: cleanup is called from both a finally block and a shutdown hook. */
public final class Once implements Runnable {
    private final AtomicBoolean done = new AtomicBoolean();
    private final Runnable action;

    public Once(Runnable action) {
        this.action = action;
    }

    @Override
    public void run() {
        if (done.compareAndSet(false, true)) {
            action.run();
        }
    }
}
