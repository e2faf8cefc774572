package viva.convert;

import viva.bank.KeyPoint;
import viva.text.Han;
import viva.text.KeywordMatcher;
import viva.text.Markup;
import viva.text.Reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-guess key points for a drafted answer: its list items, or else its first sentences, each with
 * one keyword taken from the point itself. The keyword always occurs in the answer, so the draft
 * passes the check that a model answer covers its own points; a person then picks better ones.
 */
final class KeyPoints {
    private static final int MOST = 4;
    private static final int LABEL = 80;
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？；])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*]{2,40})\\*\\*|`([^`\\s][^`]{0,38}[^`\\s])`");
    private static final Pattern CJK_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern FUNCTION_WORDS = Pattern.compile(
            "可以|需要|通常|一般|所以|因为|如果|然后|比如|例如|能够|[的了和与及或是在把被让从对就都而也很更会要越再并但则即其这那将还又于]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]{2,}");
    private static final Set<String> COMMON = Set.of("that", "this", "with", "from", "have", "which", "there", "their",
            "they", "when", "what", "then", "than", "because", "would", "could", "should", "also", "into", "only",
            "each", "more", "most", "some", "such", "other", "these", "those", "about", "where", "while");

    private KeyPoints() {
    }

    /** Points from the answer's candidate units (list items, bold terms, first sentences), never from markup. */
    static List<KeyPoint> of(String prompt, String answer, List<String> units) {
        Reading folded = Reading.of(answer);
        List<KeyPoint> points = new ArrayList<>();
        Set<String> used = new HashSet<>();
        // A word of the prompt never counts as covering a point (validate warns about it), so it is never picked.
        Matcher asked = WORD.matcher(prompt);
        while (asked.find()) {
            used.add(asked.group().toLowerCase(Locale.ROOT));
        }
        for (String unit : units) {
            if (Markup.only(unit) || Markup.only(label(unit))) {
                continue;
            }
            String label = label(unit);
            Reading shown = Reading.of(label);
            // The keyword must be in the answer, and in the label too when it can: a label is cut at 80 characters,
            // and a point its own keyword does not match is one validate warns about.
            Predicate<String> heard = k -> KeywordMatcher.mentions(folded, List.of(k));
            Predicate<String> inLabel = k -> KeywordMatcher.occurs(shown, k);
            // An emphasised phrase the matcher cannot find as written ("fresh, citable sources") gives way to a plain term.
            keyword(unit, used).filter(heard).filter(inLabel)
                    .or(() -> keyword(label, used).filter(heard).filter(inLabel))
                    .or(() -> keyword(unit, used).filter(heard))
                    .ifPresent(k -> {
                        used.add(k.toLowerCase(Locale.ROOT));
                        points.add(new KeyPoint(label, List.of(k)));
                    });
            if (points.size() == MOST) {
                break;
            }
        }
        if (points.isEmpty()) {
            keyword(answer, used).or(() -> Optional.of(answer.strip().split("\\s+")[0]))
                    .ifPresent(k -> points.add(new KeyPoint(label(answer), List.of(k))));
        }
        return points;
    }

    /** Emphasis marks what the writer thought mattered; failing that, a Latin term, then a run of Chinese. */
    private static Optional<String> keyword(String unit, Set<String> used) {
        Matcher emphasis = EMPHASIS.matcher(unit);
        while (emphasis.find()) {
            String term = emphasis.group(1) != null ? emphasis.group(1) : emphasis.group(2);
            // A term of the prompt, or a symbol like 'exp', says nothing the answer adds.
            if (term.length() > 3 && !used.contains(term.toLowerCase(Locale.ROOT))) {
                return Optional.of(term);
            }
        }
        boolean chinese = unit.codePoints().anyMatch(Han::is);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(unit);
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            if (!COMMON.contains(lower) && !used.contains(lower)) {
                words.add(word.group());
            }
        }
        if (chinese) {
            if (!words.isEmpty()) {
                return Optional.of(words.get(0));
            }
            return chineseTerm(unit, used);
        }
        return words.stream().max(Comparator.comparingInt(String::length));
    }

    /**
     * Chinese has no spaces, so a term is guessed by cutting at function words (的, 和, 可以, ...) and taking
     * the longest piece of two to six characters: "任务和原模型差别越大" gives 原模型差别.
     */
    private static Optional<String> chineseTerm(String unit, Set<String> used) {
        List<String> pieces = new ArrayList<>();
        Matcher run = CJK_RUN.matcher(unit);
        while (run.find()) {
            for (String piece : FUNCTION_WORDS.split(run.group())) {
                if (piece.length() >= 2 && !used.contains(piece)) {
                    pieces.add(piece);
                }
            }
        }
        Optional<String> fitting = pieces.stream().filter(p -> p.length() <= 6).max(Comparator.comparingInt(String::length));
        return fitting.or(() -> pieces.stream().findFirst().map(p -> p.substring(0, 4)));
    }

    /** The point as a short label: Markdown marks dropped, cut to a line. */
    private static String label(String unit) {
        String plain = unit.replaceAll("!?\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "").replace("**", "").replace("`", "")
                .replaceAll("\\s+", " ").strip();
        if (plain.codePointCount(0, plain.length()) <= LABEL) {
            return plain;
        }
        String cut = plain.substring(0, plain.offsetByCodePoints(0, LABEL - 1));
        int space = cut.lastIndexOf(' ');
        // Cut at a word when there are words; Chinese has none and is cut anywhere.
        return (space > LABEL / 2 ? cut.substring(0, space) : cut).replaceAll("[,;:，；：]$", "") + "…";
    }
}
