package viva.bank;

import java.util.List;
import java.util.Objects;

/**
 * A question in one language. One read from a cache entry or the jar's parsed.bin ({@link EncodedTexts}) has
 * its prompt as a string and the rest as those bytes, deflated ({@link QuestionCodec}), inflated when first
 * asked for: {@code list} over 10,000 questions shows a prompt of each, and decoding every answer, point and
 * hint only to drop them was a third of its time, and holding them most of its memory. Immutable either way,
 * and equal to any text of the same five parts.
 */
public final class QuestionText {
    private final String prompt;
    /**
     * The rest, decoded. Read from bytes, it is set on first use; two threads may both decode it, and each
     * gets an equal, fully built record (its fields are final), so the race costs only the work.
     */
    private Parts parts;
    private final byte[] bytes;
    private final int at;

    /** Everything but the prompt. */
    record Parts(String answer, List<KeyPoint> points, List<String> hints, List<String> followups) {
        Parts {
            Objects.requireNonNull(answer);
            points = List.copyOf(points);
            hints = List.copyOf(hints);
            followups = List.copyOf(followups);
        }
    }

    public QuestionText(String prompt, String answer, List<KeyPoint> points, List<String> hints, List<String> followups) {
        this.prompt = Objects.requireNonNull(prompt);
        this.parts = new Parts(answer, points, hints, followups);
        this.bytes = null;
        this.at = 0;
    }

    /** A text whose parts after the prompt are packed at {@code at} in bytes that a checksum vouched for. */
    private QuestionText(String prompt, byte[] bytes, int at) {
        this.prompt = prompt;
        this.bytes = bytes;
        this.at = at;
    }

    static QuestionText encoded(String prompt, byte[] bytes, int at) {
        return new QuestionText(prompt, bytes, at);
    }

    public String prompt() {
        return prompt;
    }

    public String answer() {
        return parts().answer();
    }

    public List<KeyPoint> points() {
        return parts().points();
    }

    public List<String> hints() {
        return parts().hints();
    }

    public List<String> followups() {
        return parts().followups();
    }

    private Parts parts() {
        Parts decoded = parts;
        if (decoded == null) {
            decoded = QuestionCodec.parts(bytes, at);
            parts = decoded;
        }
        return decoded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionText t && prompt.equals(t.prompt) && answer().equals(t.answer())
                && points().equals(t.points()) && hints().equals(t.hints()) && followups().equals(t.followups());
    }

    @Override
    public int hashCode() {
        return Objects.hash(prompt, answer(), points(), hints(), followups());
    }

    @Override
    public String toString() {
        return "QuestionText[prompt=" + prompt + ", answer=" + answer() + ", points=" + points() + ", hints=" + hints()
                + ", followups=" + followups() + "]";
    }
}
