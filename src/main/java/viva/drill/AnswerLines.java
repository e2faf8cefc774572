package viva.drill;

import viva.text.Closest;
import viva.text.Messages;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * An answer typed line by line, with the commands that can be typed instead of a line. Both
 * screens feed it, so ":hint", ":skip", ":quit" and the blank line mean the same everywhere.
 */
public final class AnswerLines {
    /** The commands, in the order ':help' lists them, each with what it does (the message "help.NAME"). */
    public static final List<String> COMMANDS = List.of(":hint", ":edit", ":skip", ":reveal", ":undo", ":flag", ":quit", ":help");
    /** A line of a colon and a word is meant as a command; anything else (":)", ": see above") is answer text. */
    private static final Pattern COMMAND = Pattern.compile(":[a-z]+");

    private final Turn turn;
    private final Consumer<Optional<String>> showHint;
    private final Consumer<String> say;
    private final UnaryOperator<String> edit;
    private final StringBuilder text = new StringBuilder();
    private final Messages words;

    /**
     * @param showHint shows the next hint, or says there is none when it is empty
     * @param say shows one line of viva's own: the command list, or why a command was not taken
     * @param edit opens the editor on the answer so far and returns what is to replace it (the same text
     *             when the editor failed, having said why); the screen shows the result
     */
    public AnswerLines(Turn turn, Consumer<Optional<String>> showHint, Consumer<String> say, UnaryOperator<String> edit) {
        this.turn = turn;
        this.showHint = showHint;
        this.say = say;
        this.edit = edit;
        this.words = Messages.of(turn.lang().code());
    }

    /**
     * Takes what one Enter gave: a line, or a pasted block of several (a terminal hands a bracketed paste over
     * whole). Each of its lines counts as typed, so a block that ends in a newline ends in an empty line, and the
     * Enter after it submits. Returns the answer when the input completes it, or empty to read on.
     */
    public Optional<Answer> accept(String input) throws DrillEnded {
        if (input.indexOf('\n') < 0) {
            return acceptLine(input);
        }
        for (String line : input.split("\r?\n", -1)) {
            Optional<Answer> answer = acceptLine(line);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private Optional<Answer> acceptLine(String line) throws DrillEnded {
        String command = line.strip();
        switch (command) {
            case ":hint" -> showHint.accept(turn.nextHint());
            case ":edit" -> replace(edit.apply(text.toString()));
            case ":skip" -> {
                return Optional.of(Answer.skipped());
            }
            case ":reveal" -> {
                return Optional.of(Answer.revealed());
            }
            case ":flag" -> say.accept(turn.flag());
            case ":undo" -> {
                return Optional.of(Answer.undo());
            }
            case ":quit" -> throw new DrillEnded(false);
            case ":help" -> COMMANDS.forEach(c -> say.accept("  " + c + "  " + words.get("help." + c.substring(1))));
            case "" -> {
                return Optional.of(text.length() == 0 ? Answer.aloud() : Answer.typed(text.toString().stripTrailing()));
            }
            default -> {
                if (COMMAND.matcher(command).matches()) {
                    refuse(command);
                } else {
                    text.append(line).append('\n');
                }
            }
        }
        return Optional.empty();
    }

    /** Trailing blank lines are dropped, so that the next empty line still submits rather than adds. */
    private void replace(String edited) {
        String kept = edited.stripTrailing();
        text.setLength(0);
        if (!kept.isEmpty()) {
            text.append(kept).append('\n');
        }
    }

    /** A mistyped command is not saved as answer text: the person meant a command, and is told the nearest one. */
    private void refuse(String command) {
        List<String> closest = Closest.of(command, COMMANDS, 1);
        say.accept(closest.isEmpty() ? words.get("command.unknown", command) : words.get("command.unknown.closest", command, closest.get(0)));
    }
}
