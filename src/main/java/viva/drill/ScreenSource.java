package viva.drill;

import java.io.IOException;

/**
 * Where a session's screen comes from. A terminal must be opened before the first question and given back
 * as it was on every way out; plain lines need neither, so {@link #of} wraps a ready screen.
 */
public interface ScreenSource extends AutoCloseable {
    /** The screen, ready for the first question; called once a session. */
    DrillScreen open() throws IOException;

    /** Gives the terminal back as it was; safe to call more than once, and when {@link #open} was never called. */
    @Override
    void close();

    /** For sessions that only read the history and plan: there is nothing to show a question on. */
    ScreenSource NONE = new ScreenSource() {
        @Override
        public DrillScreen open() {
            throw new IllegalStateException("this session has no screen: it plans and reports, it asks nothing");
        }

        @Override
        public void close() {
            // nothing was opened
        }
    };

    static ScreenSource of(DrillScreen screen) {
        return new ScreenSource() {
            @Override
            public DrillScreen open() {
                return screen;
            }

            @Override
            public void close() {
                // lines need no restoring
            }
        };
    }
}
