package viva.schedule;

import java.util.function.DoubleSupplier;

/** Spreads review intervals a little so cards learned together do not keep falling due together. */
final class Fuzz {
    static final Fuzz OFF = new Fuzz(null);

    /** Inclusive bounds of a fuzzed interval. */
    record Range(int min, int max) {
    }

    private final DoubleSupplier uniform;

    private Fuzz(DoubleSupplier uniform) {
        this.uniform = uniform;
    }

    /** {@code uniform} must return values in [0, 1). */
    static Fuzz from(DoubleSupplier uniform) {
        return new Fuzz(uniform);
    }

    int apply(int interval, long elapsedDays, int maximumInterval) {
        if (uniform == null || interval < 2.5) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(uniform.getAsDouble() * (range.max() - range.min() + 1) + range.min());
    }

    /** ts-fsrs's get_fuzz_range: the spread grows with the interval, 15% up to a week, then 10%, then 5%. */
    static Range range(double interval, long elapsedDays, int maximumInterval) {
        double delta = 1 + 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20) - 7, 0)
                + 0.05 * Math.max(interval - 20, 0);
        double capped = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(capped - delta));
        long max = Math.min(Math.round(capped + delta), maximumInterval);
        // When the interval beats the wait the card just survived, fuzz must not take that gain away.
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range((int) Math.min(min, max), (int) max);
    }
}
