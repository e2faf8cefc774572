package viva.convert;

import viva.text.Han;
import viva.text.Kebab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ids made from the heading, so that importing the same notes again gives the same ids (history hangs
 * on them). Chinese has no kebab-case spelling, so a heading with Chinese in it gets a short hash of its text.
 */
final class Ids {
    private static final Set<String> FILLER = Set.of("what", "whats", "is", "are", "was", "the", "a", "an", "of", "in",
            "on", "how", "why", "does", "do", "did", "to", "for", "you", "your", "explain", "describe", "briefly",
            "can", "could", "would", "which", "when", "with", "and", "or", "it", "its", "this", "that", "be", "q");
    private static final int WORDS = 6;

    private Ids() {
    }

    static String of(String prompt, String fallback) {
        boolean chinese = prompt.codePoints().anyMatch(Han::is);
        // In a Chinese heading a lone Latin letter ('根号 d') is a symbol, not a word worth an id.
        int shortest = chinese ? 2 : 1;
        // "can't" is one word, not "can" and a stray "t".
        String joined = prompt.replaceAll("(?i)(\\p{L})['’](t|s|re|ve|ll|d|m)\\b", "$1$2");
        String words = Arrays.stream(Kebab.of(joined).split("-")).filter(w -> w.length() >= shortest && !FILLER.contains(w))
                .limit(WORDS).collect(Collectors.joining("-"));
        if (!chinese && !words.isEmpty()) {
            return words;
        }
        String base = words.isEmpty() ? fallback : words;
        return base + "-" + hash(prompt);
    }

    private static String hash(String text) {
        try {
            String normal = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
