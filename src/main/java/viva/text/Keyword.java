package viva.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One keyword of a key point, prepared once in the form that fits it: words, a formula, or Chinese. */
final class Keyword {
    private enum Kind { WORDS, FORMULA, CHINESE }

    /**
     * Negation cues of Chinese that govern a phrase ("不需要模型自我批评"), and those that govern the word right
     * after them: a bare 不, 没 or 未 ("不可合并"), but not in words such as 不同, 不断, 不到 (less than).
     */
    private static final List<String> CHINESE_CUES = List.of("不需要", "不必", "不用", "不要", "不应", "不能", "不会", "不是", "没有", "没必要",
            "无需", "无须", "无法", "并非", "并不", "而非", "而不是");
    private static final String SHORT_CUES = "不没未";
    private static final String NOT_NEGATING_AFTER = "同断仅稳均足少够过错一如久止到超论管但光及满来";
    private static final int SHORT_SCOPE = 3;
    private static final List<String> CHINESE_AFTER = List.of("不需要", "不必", "没必要", "不是必须", "不用", "是不必要", "无关",
            "没什么用", "没用", "没有用", "无效", "不起作用", "没有帮助", "帮助不大");
    private static final int WORDS_BEFORE = 5;
    private static final int WORDS_AFTER = 3;
    /** Chinese clauses are short; a cue this close before a keyword governs it. */
    private static final int CHARS_BEFORE = 10;

    private final Kind kind;
    private final List<Words.Word> words;
    private final String text;
    private final boolean negatedItself;
    /** Words the bank wrote in capitals ("RAG", "KL"): acronyms, matched as written, never by stem ("ragged"). */
    private final Set<String> acronyms;

    private Keyword(Kind kind, List<Words.Word> words, String text, boolean negatedItself, Set<String> acronyms) {
        this.kind = kind;
        this.words = words;
        this.text = text;
        this.negatedItself = negatedItself;
        this.acronyms = acronyms;
        this.acronym = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            acronym[i] = acronyms.contains(words.get(i).raw());
        }
    }

    /** For each word of the keyword, whether it is one of {@link #acronyms}. */
    private final boolean[] acronym;
    /**
     * For a keyword that states an absence ("no critic", "不要价值模型"), the term it says is absent: an
     * answer that denies the term in words of its own ("GRPO trains no value model", "不用再训 value network")
     * states the same. Null for any other keyword.
     */
    private Keyword absent;

    private static final List<String> ABSENCE_WORDS = List.of("no", "not", "without", "never", "none");
    private static final List<String> ABSENCE_CHINESE = List.of("不需要", "不要", "不用", "无需", "无须", "没有", "不含", "无", "没", "不");

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]+\\b");

    /** Keywords come from the banks, a few thousand at most, and each is matched against many answers. */
    private static final Map<String, Keyword> PREPARED = new ConcurrentHashMap<>();

    static Keyword of(String keyword) {
        return PREPARED.computeIfAbsent(keyword, k -> {
            Keyword prepared = prepare(k);
            prepared.absent = absentTerm(prepared);
            return prepared;
        });
    }

    private static Keyword absentTerm(Keyword k) {
        if (k.kind == Kind.WORDS && k.words.size() > 1 && ABSENCE_WORDS.contains(k.words.get(0).raw())
                && k.words.stream().skip(1).noneMatch(w -> Words.negates(w.raw()))) {
            String rest = k.text.substring(k.text.indexOf(k.words.get(0).raw()) + k.words.get(0).raw().length()).strip();
            Keyword term = prepare(rest);
            return term.kind == Kind.WORDS && !term.negatedItself && !term.isEmpty() ? term : null;
        }
        if (k.kind == Kind.CHINESE) {
            for (String cue : ABSENCE_CHINESE) {
                if (k.text.startsWith(cue) && k.text.length() - cue.length() >= 2) {
                    Keyword term = prepare(k.text.substring(cue.length()));
                    return term.negatedItself ? null : term;
                }
            }
        }
        return null;
    }

    private static Keyword prepare(String keyword) {
        String normalised = KeywordMatcher.normalise(keyword).strip();
        if (normalised.codePoints().anyMatch(Han::is)) {
            String folded = KeywordMatcher.fold(normalised);
            return new Keyword(Kind.CHINESE, List.of(), folded, hasChineseCue(folded), Set.of());
        }
        if (isFormula(normalised)) {
            // The same compact form as the texts it is looked for in.
            return new Keyword(Kind.FORMULA, List.of(), Reading.of(normalised).compact, false, Set.of());
        }
        List<Words.Word> words = Words.of(normalised);
        Set<String> acronyms = new HashSet<>();
        Matcher m = ACRONYM.matcher(Normalizer.normalize(keyword, Normalizer.Form.NFKC));
        while (m.find()) {
            acronyms.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new Keyword(Kind.WORDS, words, normalised, words.stream().anyMatch(w -> Words.negates(w.raw())),
                Set.copyOf(acronyms));
    }

    /** Operators make a formula: "A_t > 0" must not meet "A_t < 0", as a comparison of words would have it. */
    private static boolean isFormula(String s) {
        return s.chars().anyMatch(c -> "<>=+*/^_|\\()[]{}≤≥×·√∑".indexOf(c) >= 0);
    }

    /** The form of the first word that any occurrence must have. */
    private String first() {
        Words.Word w = words.get(0);
        return acronym[0] ? w.raw() : w.stem();
    }

    boolean isEmpty() {
        return kind == Kind.WORDS ? words.isEmpty() : text.isEmpty();
    }

    /** Whether the keyword occurs in the text; with {@code stated}, only where no negation governs it. */
    boolean occursIn(Reading reading, boolean stated) {
        return literally(reading, stated) || stated && absent != null && absent.denied(reading);
    }

    /** Whether the text says this term is not there: it occurs, and a negation governs it. */
    private boolean denied(Reading reading) {
        return occursIn(reading, false) && !occursIn(reading, true);
    }

    private boolean literally(Reading reading, boolean stated) {
        return switch (kind) {
            case WORDS -> inWords(reading, stated && !negatedItself) && !(stated && !negatedItself && negatedInChinese(reading));
            case FORMULA -> inCompact(reading, stated);
            case CHINESE -> reading.foldedAll.contains(text) && inChinese(reading.foldedClauses, text, stated && !negatedItself);
        };
    }

    /** An English term in a Chinese answer is negated by the Chinese around it: "长 prompt 不能 chunk". */
    private boolean negatedInChinese(Reading reading) {
        String folded = KeywordMatcher.fold(text);
        boolean seen = false;
        for (String clause : reading.foldedClauses) {
            if (clause.contains(folded)) {
                seen = true;
            }
        }
        return seen && reading.hasHan && !inChinese(reading.foldedClauses, folded, true);
    }

    private boolean inWords(Reading reading, boolean stated) {
        List<Words.Word> text = reading.words;
        for (int i : reading.positions.getOrDefault(first(), List.of())) {
            if (i + words.size() <= text.size() && sameWords(text, i) && !(stated && negated(text, i, i + words.size()))) {
                return true;
            }
        }
        return false;
    }

    private boolean sameWords(List<Words.Word> text, int at) {
        int clause = text.get(at).clause();
        for (int j = 0; j < words.size(); j++) {
            Words.Word w = text.get(at + j);
            Words.Word k = words.get(j);
            boolean same = acronym[j] ? w.raw().equals(k.raw()) || w.raw().equals(k.raw() + "s") : w.stem().equals(k.stem());
            if (w.clause() != clause || !same) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue a few words before, in the same clause ("does not need a balance loss", "instead of a loss"), or
     * "not" right after, or after a verb that takes it ("is not needed", "does not help").
     */
    private static boolean negated(List<Words.Word> text, int from, int to) {
        int clause = text.get(from).clause();
        for (int i = Math.max(0, from - WORDS_BEFORE); i < from; i++) {
            Words.Word w = text.get(i);
            String next = i + 1 < text.size() ? text.get(i + 1).raw() : "";
            boolean cue = Words.negates(w.raw()) && !(w.raw().equals("not") && next.equals("only"))
                    || w.raw().equals("instead") && next.equals("of") || w.raw().equals("rather") && next.equals("than")
                    || w.raw().equals("too") && toBetween(text, i + 1, from);
            if (w.clause() == clause && cue) {
                return true;
            }
        }
        for (int i = to; i < Math.min(text.size(), to + WORDS_AFTER); i++) {
            Words.Word w = text.get(i);
            if (w.clause() != clause) {
                break;
            }
            if (w.raw().equals("not") || w.raw().equals("never")) {
                return true;
            }
            if (!AUXILIARIES.contains(w.raw())) {
                break;
            }
        }
        return false;
    }

    /** "too inaccurate to be accepted": "too" with a "to" before the keyword says it is not so. */
    private static boolean toBetween(List<Words.Word> text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.get(i).raw().equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "does", "do",
            "did", "has", "have", "had", "can", "could", "will", "would", "should", "must", "may", "might", "need", "it");

    /** The formula as a whole: not "f_i" inside "f_init", nor "0.2" inside "10.25". */
    private boolean inCompact(Reading reading, boolean stated) {
        String compact = reading.compact;
        for (int at = compact.indexOf(text); at >= 0; at = compact.indexOf(text, at + 1)) {
            boolean startsClean = at == 0 || reading.spaceBefore.get(at) || !wordChar(text.charAt(0))
                    || !wordChar(compact.charAt(at - 1)) && !(compact.charAt(at - 1) == '.' && at > 1 && Character.isDigit(compact.charAt(at - 2)));
            int end = at + text.length();
            boolean endsClean = end == compact.length() || reading.spaceBefore.get(end) || !wordChar(text.charAt(text.length() - 1))
                    || !wordChar(compact.charAt(end)) && !(compact.charAt(end) == '.' && end + 1 < compact.length()
                    && Character.isDigit(compact.charAt(end + 1)));
            if (startsClean && endsClean && !(stated && negatedBefore(reading.before(at)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue at the end of {@code before} governs what follows it: "there is no need for max(0, p - q)". */
    private static boolean negatedBefore(String before) {
        // A stand-in for the formula, so that the clause it would open or continue is known.
        List<Words.Word> text = Words.of(before + " formula");
        if (negated(text, text.size() - 1, text.size())) {
            return true;
        }
        // The clause the formula stands in, as far as it goes before it: empty when punctuation ends the text.
        List<String> clauses = Reading.foldedClauses(before);
        String last = clauses.get(clauses.size() - 1);
        return hasChineseCue(last.substring(Math.max(0, last.length() - CHARS_BEFORE)));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean inChinese(List<String> clauses, String text, boolean stated) {
        for (String clause : clauses) {
            for (int at = clause.indexOf(text); at >= 0; at = clause.indexOf(text, at + 1)) {
                if (!(stated && (hasChineseCue(clause.substring(Math.max(0, at - CHARS_BEFORE), at))
                        || CHINESE_AFTER.stream().anyMatch(clause.substring(at + text.length())::startsWith)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a cue in {@code before} (the text just before a keyword) governs what follows it. */
    private static boolean hasChineseCue(String before) {
        if (CHINESE_CUES.stream().anyMatch(before::contains)) {
            return true;
        }
        for (int i = Math.max(0, before.length() - SHORT_SCOPE); i < before.length(); i++) {
            if (SHORT_CUES.indexOf(before.charAt(i)) >= 0
                    && (i + 1 >= before.length() || NOT_NEGATING_AFTER.indexOf(before.charAt(i + 1)) < 0)) {
                return true;
            }
        }
        return false;
    }
}
