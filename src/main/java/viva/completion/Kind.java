package viva.completion;

import java.util.Arrays;
import java.util.Optional;

/** The values only the loaded banks know, each with the word the scripts pass to the hidden command. */
public enum Kind {
    TAGS("tags"), IDS("ids"), BANKS("banks");

    private final String word;

    Kind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The kind a script asked for; an unknown word is no kind, so the hidden command answers nothing. */
    public static Optional<Kind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
