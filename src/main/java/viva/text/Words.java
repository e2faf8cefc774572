package viva.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script text as the matcher compares it: words cut at spaces, hyphens and punctuation, each reduced
 * to a light stem (plural, -ing, -ed, British -ise), number words as digits, prefixes joined to their word
 * ("multi-head", "multihead"), and long forms replaced by their abbreviation, so that "retrieval-augmented
 * generation" and "RAG" are one word. Both sides of a comparison go through the same steps.
 */
final class Words {
    private Words() {
    }

    /**
     * One word of a text: its stem, its form as written (lower case), and the clause it stands in (clauses end
     * at punctuation and at "but", "whereas"...).
     */
    record Word(String stem, String raw, int clause) {
    }

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("sixteen", "16"), Map.entry("twenty", "20"), Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"), Map.entry("twice", "2x"), Map.entry("half", "0.5"));

    private static final Set<String> PREFIXES = Set.of("pre", "post", "multi", "non", "sub", "co", "re", "self", "semi",
            "bi", "uni", "fine", "cross", "mid", "over", "under", "auto", "hyper", "inter", "intra", "mini", "micro");

    /** Words that end in "s" and are not plurals. */
    private static final Set<String> SINGULAR = Set.of("bias", "alias", "atlas", "canvas", "lens", "news", "series",
            "species", "chaos", "ethos", "thus", "plus", "minus", "yes", "always", "perhaps", "whereas", "across", "towards");

    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(\\p{L}+)");

    private static final Set<String> CLAUSE_WORDS = Set.of("but", "whereas", "however", "although", "though", "while");

    /** Long form, abbreviation: what a candidate writes either way. */
    private static final List<String[]> ABBREVIATIONS = List.of(
            new String[] {"retrieval augmented generation", "rag"}, new String[] {"mixture of experts", "moe"},
            new String[] {"large language model", "llm"}, new String[] {"key value", "kv"},
            new String[] {"reinforcement learning from human feedback", "rlhf"},
            new String[] {"reinforcement learning", "rl"}, new String[] {"supervised fine tuning", "sft"},
            new String[] {"direct preference optimization", "dpo"}, new String[] {"proximal policy optimization", "ppo"},
            new String[] {"group relative policy optimization", "grpo"}, new String[] {"kullback leibler", "kl"},
            new String[] {"bfloat16", "bf16"}, new String[] {"brain float 16", "bf16"}, new String[] {"float16", "fp16"},
            new String[] {"half precision", "fp16"}, new String[] {"float32", "fp32"}, new String[] {"single precision", "fp32"},
            new String[] {"float8", "fp8"}, new String[] {"grouped query attention", "gqa"},
            new String[] {"multi query attention", "mqa"}, new String[] {"multi head attention", "mha"},
            new String[] {"multi head latent attention", "mla"}, new String[] {"rotary position embedding", "rope"},
            new String[] {"rotary positional embedding", "rope"}, new String[] {"rotary embedding", "rope"},
            new String[] {"low rank adaptation", "lora"}, new String[] {"chain of thought", "cot"},
            new String[] {"sliding window attention", "swa"}, new String[] {"process reward model", "prm"},
            new String[] {"outcome reward model", "orm"}, new String[] {"state space model", "ssm"},
            new String[] {"knowledge distillation", "kd"}, new String[] {"learning rate", "lr"},
            new String[] {"flash attention", "flashattention"}, new String[] {"feed forward network", "ffn"},
            new String[] {"feed forward", "ffn"}, new String[] {"layer normalization", "layernorm"},
            new String[] {"layer norm", "layernorm"}, new String[] {"root mean square normalization", "rmsnorm"},
            new String[] {"rms norm", "rmsnorm"}, new String[] {"tensor parallelism", "tp"},
            new String[] {"pipeline parallelism", "pp"}, new String[] {"data parallelism", "dp"},
            new String[] {"expert parallelism", "ep"}, new String[] {"multi token prediction", "mtp"},
            new String[] {"byte pair encoding", "bpe"}, new String[] {"direct preference", "dpo"},
            new String[] {"time to first token", "ttft"}, new String[] {"kv cache", "kvcache"});

    /** A long form's stems, and the abbreviation that replaces them. */
    private record LongForm(String[] stems, String abbreviation) {
    }

    private static final List<LongForm> CANONICAL = canonical();

    /** The words of a text, in order, through every step above. */
    static List<Word> of(String normalised) {
        return abbreviate(joinPrefixes(split(normalised)));
    }

    /** Whether a word as written negates what follows it ("instead" and "rather" only with "of" and "than"). */
    static boolean negates(String raw) {
        return switch (raw) {
            case "not", "no", "never", "without", "cannot", "neither", "nor", "none", "nothing",
                 "doesnt", "dont", "isnt", "arent", "cant", "wont", "didnt", "wasnt", "shouldnt" -> true;
            default -> false;
        };
    }

    private static List<Word> split(String text) {
        // "doesn't" and "isn't" carry their negation as a word of its own.
        String s = text.replaceAll("n['’]t\\b", " not");
        List<Word> words = new ArrayList<>();
        int clause = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean inNumber = word.length() > 0 && Character.isDigit(word.charAt(word.length() - 1))
                    && (c == '.' || c == ',') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
            if (isWordChar(c) || inNumber) {
                if (c != ',') {
                    word.append(c);
                }
                continue;
            }
            clause = flush(word, clause, words);
            if (endsClause(c)) {
                clause++;
            }
        }
        flush(word, clause, words);
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Han.is(c);
    }

    private static boolean endsClause(char c) {
        // Not a line break: answers are wrapped by hand, and a clause goes on across the break.
        return ".;:!?,，。；：！？、()（）".indexOf(c) >= 0;
    }

    private static int flush(StringBuilder word, int clause, List<Word> words) {
        if (word.length() == 0) {
            return clause;
        }
        String raw = word.toString();
        word.setLength(0);
        if (CLAUSE_WORDS.contains(raw)) {
            return clause + 1;
        }
        // A number and its unit are two words, however they were typed: "2GiB", "2 GiB"; "fp16" stays one.
        Matcher unit = NUMBER_UNIT.matcher(raw);
        if (unit.matches()) {
            words.add(new Word(unit.group(1), unit.group(1), clause));
            raw = unit.group(2);
        }
        words.add(new Word(stem(raw), raw, clause));
        return clause;
    }

    /** A light stem: enough that "merge", "merging" and "merged", or "normalise" and "normalizes", meet. */
    static String stem(String word) {
        String w = NUMBERS.getOrDefault(word, word);
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0)) || w.chars().anyMatch(Character::isDigit) || SINGULAR.contains(w)) {
            return w;
        }
        w = w.replaceAll("is(e|es|ed|ing|ation|ations|er|ers)$", "iz$1");
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")
                || w.endsWith("ses") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "running" to "run", "dropped" to "drop"; "fall" stays. */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static List<Word> joinPrefixes(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (PREFIXES.contains(w.stem()) && i + 1 < words.size() && words.get(i + 1).clause() == w.clause()) {
                out.add(new Word(w.stem() + words.get(i + 1).stem(), w.raw() + words.get(i + 1).raw(), w.clause()));
                i++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static List<Word> abbreviate(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        outer:
        for (int i = 0; i < words.size(); i++) {
            for (LongForm form : CANONICAL) {
                if (form.stems()[0].equals(words.get(i).stem()) && matches(words, i, form.stems())) {
                    out.add(new Word(form.abbreviation(), form.abbreviation(), words.get(i).clause()));
                    i += form.stems().length - 1;
                    continue outer;
                }
            }
            out.add(words.get(i));
        }
        return out;
    }

    private static boolean matches(List<Word> words, int at, String[] stems) {
        if (at + stems.length > words.size()) {
            return false;
        }
        for (int j = 0; j < stems.length; j++) {
            Word w = words.get(at + j);
            if (!w.stem().equals(stems[j]) || w.clause() != words.get(at).clause()) {
                return false;
            }
        }
        return true;
    }

    /** The table's long forms through the same steps as any text, longest first so that the longest wins. */
    private static List<LongForm> canonical() {
        List<LongForm> out = new ArrayList<>();
        for (String[] pair : ABBREVIATIONS) {
            out.add(new LongForm(joinPrefixes(split(pair[0])).stream().map(Word::stem).toArray(String[]::new), stem(pair[1])));
        }
        out.sort((a, b) -> Integer.compare(b.stems().length, a.stems().length));
        return List.copyOf(out);
    }
}
