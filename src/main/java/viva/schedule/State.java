package viva.schedule;

/** Where a card is in its life; the values follow ts-fsrs so stored data stays comparable. */
public enum State {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int value;

    State(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static State of(int value) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException("state must be 0-3, got " + value);
        }
        return values()[value];
    }
}
