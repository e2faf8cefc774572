package viva.drill;

/** What the person did with a question: typed an answer, answered aloud, or skipped it. */
public record Answer(Kind kind, String text) {
    public enum Kind { TYPED, ALOUD, SKIPPED }

    public static Answer typed(String text) {
        return new Answer(Kind.TYPED, text);
    }

    public static Answer aloud() {
        return new Answer(Kind.ALOUD, "");
    }

    public static Answer skipped() {
        return new Answer(Kind.SKIPPED, "");
    }
}
