package viva.schedule;

import static viva.schedule.Weights.round8;

/** The FSRS-6 formulas, free of calendars and card states. Rounding follows ts-fsrs 5.4.2. */
final class MemoryModel {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;

    private final double[] w;
    private final boolean shortTerm;
    private final int maximumInterval;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    MemoryModel(FsrsParameters params) {
        w = params.w().stream().mapToDouble(Double::doubleValue).toArray();
        shortTerm = params.shortTerm();
        maximumInterval = params.maximumInterval();
        decay = -w[20];
        // Chosen so that retrievability(S, S) is exactly 0.9 whatever the decay.
        factor = round8(Math.pow(0.9, 1 / decay) - 1);
        intervalModifier = round8((Math.pow(params.desiredRetention(), 1 / decay) - 1) / factor);
    }

    double factor() {
        return factor;
    }

    double intervalModifier() {
        return intervalModifier;
    }

    double retrievability(double days, double stability) {
        return round8(Math.pow(1 + factor * days / stability, decay));
    }

    /** Whole days until retrievability drops to the desired retention; fuzz is the caller's business. */
    int interval(double stability) {
        return (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    /** The memory after answering {@code g} {@code days} calendar days after the last review. */
    MemoryState next(MemoryState memory, long days, Rating g) {
        if (memory == null) {
            return new MemoryState(initStability(g), clamp(initDifficulty(g), 1, 10));
        }
        if (days < 0 || memory.difficulty() < 1 || memory.stability() < S_MIN) {
            throw new IllegalArgumentException("invalid memory state " + memory + " after " + days + " days");
        }
        double s = memory.stability();
        double d = memory.difficulty();
        return new MemoryState(nextStability(d, s, days, g), nextDifficulty(d, g));
    }

    private double nextStability(double d, double s, long days, Rating g) {
        if (days == 0 && shortTerm) {
            return shortTermStability(s, g);
        }
        double r = retrievability(days, s);
        return g == Rating.AGAIN ? lapseStability(d, s, r) : recallStability(d, s, r, g);
    }

    double initStability(Rating g) {
        return Math.max(w[g.value() - 1], 0.1);
    }

    /** Unclamped, because mean reversion aims at the raw D0(Easy), which is below 1 by default. */
    double initDifficulty(Rating g) {
        return round8(w[4] - Math.exp((g.value() - 1) * w[5]) + 1);
    }

    double nextDifficulty(double d, Rating g) {
        double delta = -w[6] * (g.value() - 3);
        // Linear damping: the closer to 10, the smaller the step, so D approaches 10 without sticking there.
        double damped = d + round8(delta * (10 - d) / 9);
        return clamp(round8(w[7] * initDifficulty(Rating.EASY) + (1 - w[7]) * damped), 1, 10);
    }

    double recallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        double growth = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1);
        return stability(s * (1 + growth * hardPenalty * easyBonus));
    }

    /** Post-lapse stability before the cap that stops a lapse from raising stability. */
    double forgetStability(double d, double s, double r) {
        return stability(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]));
    }

    double lapseStability(double d, double s, double r) {
        // Relearning steps will add the short-term boost exp(w17 * w18) back; cap so the net never exceeds S.
        double cap = shortTerm ? s / Math.exp(w[17] * w[18]) : s;
        return Math.min(Math.max(round8(cap), S_MIN), forgetStability(d, s, r));
    }

    double shortTermStability(double s, Rating g) {
        double increase = Math.pow(s, -w[19]) * Math.exp(w[17] * (g.value() - 3 + w[18]));
        // A passing grade on the same day must not lower stability (ts-fsrs >= 5.3 floors Hard too).
        double floored = g == Rating.AGAIN ? increase : Math.max(increase, 1);
        return stability(s * floored);
    }

    private static double stability(double s) {
        return round8(clamp(s, S_MIN, S_MAX));
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
