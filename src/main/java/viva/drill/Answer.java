package viva.drill;

/**
 * What the person did with a question: typed an answer, answered aloud, skipped it, asked to see the answer, or
 * asked to take back the rating of the question before.
 */
public record Answer(Kind kind, String text) {
    public enum Kind { TYPED, ALOUD, SKIPPED, REVEALED, UNDO }

    public static Answer typed(String text) {
        return new Answer(Kind.TYPED, text);
    }

    public static Answer aloud() {
        return new Answer(Kind.ALOUD, "");
    }

    public static Answer skipped() {
        return new Answer(Kind.SKIPPED, "");
    }

    /** Skipped, with the model answer shown: nothing to rate, so it counts as skipped. */
    public static Answer revealed() {
        return new Answer(Kind.REVEALED, "");
    }

    /** Not an answer: the rating of the question before is taken back, and that question rated again. */
    public static Answer undo() {
        return new Answer(Kind.UNDO, "");
    }
}
