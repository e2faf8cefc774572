package viva.schedule;

import java.util.ArrayList;
import java.util.List;

/** The 21 FSRS-6 weights: defaults, migration from older versions and ts-fsrs's clipping. */
final class Weights {
    static final List<Double> DEFAULT = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
            0.0912, 0.0658, 0.1542);
    private static final double W17_W18_CEILING = 2.0;
    private static final double FSRS5_DECAY = 0.5;
    private static final double[][] BOUNDS = {
        {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4}, {0.001, 4},
        {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9},
        {0, 4}, {0, 1}, {1, 6}, {0, W17_W18_CEILING}, {0, W17_W18_CEILING}, {0.01, 0.8}, {0.1, 0.8}};

    private Weights() {
    }

    /** Clips like ts-fsrs and widens FSRS-4.5 (17) and FSRS-5 (19) sets to 21 values. */
    static List<Double> normalize(List<Double> w, int relearningSteps, boolean shortTerm) {
        if (w.size() != 17 && w.size() != 19 && w.size() != 21) {
            throw new IllegalArgumentException("FSRS needs 17, 19 or 21 weights, got " + w.size());
        }
        List<Double> out = clip(w, relearningSteps, shortTerm);
        if (w.size() == 17) {
            out.set(4, round8(out.get(5) * 2 + out.get(4)));
            out.set(5, round8(Math.log(out.get(5) * 3 + 1) / 3));
            out.set(6, round8(out.get(6) + 0.5));
            out.addAll(List.of(0.0, 0.0));
        }
        if (out.size() == 19) {
            out.addAll(List.of(0.0, FSRS5_DECAY));
        }
        return List.copyOf(out);
    }

    private static List<Double> clip(List<Double> w, int relearningSteps, boolean shortTerm) {
        double shortTermCeiling = shortTermCeiling(w, relearningSteps);
        List<Double> out = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            double value = w.get(i);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weight w" + i + " is not finite");
            }
            double lo = i == 19 && !shortTerm ? 0 : BOUNDS[i][0];
            double hi = i == 17 || i == 18 ? shortTermCeiling : BOUNDS[i][1];
            out.add(Math.min(Math.max(value, lo), hi));
        }
        return out;
    }

    /**
     * With several relearning steps the short-term boost compounds; ts-fsrs caps w17 and w18 so that a
     * lapse followed by those steps cannot end with more stability than before the lapse.
     */
    private static double shortTermCeiling(List<Double> w, int relearningSteps) {
        if (relearningSteps <= 1 || w.size() < 19) {
            return W17_W18_CEILING;
        }
        double w11 = clamp(w.get(11), 11);
        double w13 = clamp(w.get(13), 13);
        double w14 = clamp(w.get(14), 14);
        double value = -(Math.log(w11) + Math.log(Math.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
        return Math.min(Math.max(round8(Math.sqrt(Math.max(value, 0))), 0.01), W17_W18_CEILING);
    }

    private static double clamp(double value, int index) {
        return Math.min(Math.max(value, BOUNDS[index][0]), BOUNDS[index][1]);
    }

    /** ts-fsrs rounds intermediate results to 8 decimals; doing the same keeps results bit-comparable. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }
}
