package viva.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The terms of a text for finding it by its words: Latin words as the matcher stems them ("merging" and
 * "merge", "RAG" and "retrieval-augmented generation" are one term), and Chinese as overlapping pairs of
 * characters, the usual unit of a Chinese search since the language has no spaces.
 */
public final class Terms {
    private Terms() {
    }

    public static Set<String> of(String text) {
        String normalised = KeywordMatcher.normalise(text);
        Set<String> terms = new LinkedHashSet<>();
        for (Words.Word w : Words.of(normalised)) {
            if (!w.stem().isEmpty()) {
                terms.add(w.stem());
            }
        }
        StringBuilder han = new StringBuilder();
        normalised.codePoints().forEach(c -> {
            if (Han.is(c)) {
                han.appendCodePoint(c);
            } else {
                pairs(han, terms);
                han.setLength(0);
            }
        });
        pairs(han, terms);
        return terms;
    }

    /** A run of Chinese as its pairs; a single character stands for itself. */
    private static void pairs(CharSequence run, Set<String> terms) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            terms.add(new String(cps, i, 2));
        }
    }
}
