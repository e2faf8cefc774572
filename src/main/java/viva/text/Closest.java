package viva.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for keys, tags and values, by edit distance. */
public final class Closest {
    private Closest() {
    }

    /** The candidates nearest to {@code word}, at most {@code limit}, nearest first; prefix matches count as near. */
    public static List<String> of(String word, Collection<String> candidates, int limit) {
        int cutoff = Math.max(2, word.length() / 2);
        return candidates.stream()
                .distinct()
                .filter(c -> distance(word, c) <= cutoff && plausible(word, c) || c.startsWith(word) || word.startsWith(c))
                .sorted(Comparator.comparingInt((String c) -> distance(word, c)).thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    /**
     * Typing slips rarely touch the first letter, and short words are all two edits from each other
     * ('fr' from 'en', 'tcsh' from 'bash'): beyond one edit, a suggestion must start with the same letter
     * ('dop' still finds 'dpo', 'meduim' finds 'medium').
     */
    private static boolean plausible(String word, String candidate) {
        return distance(word, candidate) <= 1
                || !candidate.isEmpty() && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(candidate.charAt(0));
    }

    public static Optional<String> best(String word, Collection<String> candidates) {
        return of(word, candidates, 1).stream().findFirst();
    }

    /** Levenshtein distance, case-insensitive: a capital letter is rarely the real mistake. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
