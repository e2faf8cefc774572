package viva.bank;

import java.util.List;

/** What an interviewer listens for, and the words that show it was said. */
public record KeyPoint(String text, List<String> keywords) {
    public KeyPoint {
        keywords = List.copyOf(keywords);
    }
}
