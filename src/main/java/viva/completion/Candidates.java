package viva.completion;

import viva.bank.BankCache;
import viva.bank.Banks;
import viva.bank.Question;
import viva.bank.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The values a shell offers for a tag, an id or a bank. Banks with problems still give what parsed
 * cleanly: completion is no place to report errors, and a half-written bank is normal while editing.
 */
public final class Candidates {
    /** The hidden command the scripts call on Tab. */
    public static final String COMMAND = "__complete";

    /** Built-in bank names as their file stem ('moe'), since they have no path a person could type. */
    private static final String BUILTIN = "questions/";

    private Candidates() {
    }

    /** The values of {@code kind} in {@code sources}; user banks are read through {@code cache}, as every command reads them. */
    public static List<String> of(Kind kind, List<Source> sources, BankCache cache) {
        return switch (kind) {
            case TAGS -> new ArrayList<>(new TreeSet<>(questions(sources, cache).stream().flatMap(q -> q.tags().stream()).toList()));
            case IDS -> questions(sources, cache).stream().map(Question::id).sorted().toList();
            case BANKS -> sources.stream().map(Candidates::bankName).toList();
        };
    }

    public static String bankName(Source source) {
        String name = source.name();
        if (name.startsWith(BUILTIN) && !Path.of(name).isAbsolute()) {
            String file = name.substring(BUILTIN.length());
            return file.replaceAll("\\.ya?ml$", "");
        }
        return name;
    }

    private static List<Question> questions(List<Source> sources, BankCache cache) {
        return Banks.check(sources, cache).questions();
    }

    /** The --bank paths and --no-builtin found among the words typed so far. */
    public record Line(List<Path> banks, boolean noBuiltin) {
        public static Line of(List<String> words) {
            List<Path> banks = new ArrayList<>();
            boolean noBuiltin = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.equals("--no-builtin")) {
                    noBuiltin = true;
                } else if (word.startsWith("--bank=") && word.length() > 7) {
                    banks.add(Path.of(word.substring(7)));
                } else if (word.equals("--bank") && i + 1 < words.size()) {
                    // bash hands '--bank=x' over as '--bank' '=' 'x'
                    int value = words.get(i + 1).equals("=") ? i + 2 : i + 1;
                    if (value < words.size()) {
                        banks.add(Path.of(words.get(value)));
                        i = value;
                    }
                }
            }
            return new Line(banks, noBuiltin);
        }
    }
}
