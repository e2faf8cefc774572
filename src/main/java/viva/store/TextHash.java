package viva.store;

import viva.bank.KeyPoint;
import viva.bank.QuestionText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of what a person was judged against: prompt, model answer and key points in
 * the language asked. When it differs from the bank's current text, old scores are marked as such.
 */
public final class TextHash {
    private TextHash() {
    }

    public static String of(QuestionText text) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, text.prompt());
        field(canonical, text.answer());
        for (KeyPoint p : text.points()) {
            field(canonical, p.text());
            p.keywords().forEach(k -> field(canonical, k));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Length-prefixed, so that moving text from one field to the next changes the hash. */
    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append('\n');
    }
}
