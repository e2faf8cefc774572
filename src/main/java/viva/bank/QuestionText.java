package viva.bank;

import java.util.List;

/** A question in one language. */
public record QuestionText(String prompt, String answer, List<KeyPoint> points, List<String> hints,
                           List<String> followups) {
    public QuestionText {
        points = List.copyOf(points);
        hints = List.copyOf(hints);
        followups = List.copyOf(followups);
    }
}
