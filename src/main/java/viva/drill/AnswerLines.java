package viva.drill;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An answer typed line by line, with the commands that can be typed instead of a line. Both
 * screens feed it, so ":hint", ":skip", ":quit" and the blank line mean the same everywhere.
 */
public final class AnswerLines {
    private final Turn turn;
    private final Consumer<Optional<String>> showHint;
    private final StringBuilder text = new StringBuilder();

    /** @param showHint shows the next hint, or says there is none when it is empty */
    public AnswerLines(Turn turn, Consumer<Optional<String>> showHint) {
        this.turn = turn;
        this.showHint = showHint;
    }

    /** Takes one line; returns the answer when the line completes it, or empty to read on. */
    public Optional<Answer> accept(String line) throws DrillEnded {
        switch (line.strip()) {
            case ":hint" -> showHint.accept(turn.nextHint());
            case ":skip" -> {
                return Optional.of(Answer.skipped());
            }
            case ":quit" -> throw new DrillEnded(false);
            case "" -> {
                return Optional.of(text.length() == 0 ? Answer.aloud() : Answer.typed(text.toString().stripTrailing()));
            }
            default -> text.append(line).append('\n');
        }
        return Optional.empty();
    }
}
