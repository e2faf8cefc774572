package viva.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Just enough of a shell to read the examples of the help and README: quotes, '#' comments, NAME=value
 * before a command, pipes, '&&' and ';', redirections, $VAR, and $(...) or <(...) given by the caller.
 * It runs nothing itself: it says which commands a line holds and what reaches each one's stdin.
 */
final class ExampleShell {
    /** One simple command: its environment assignments, its words, and the file after '<' if any. */
    record Command(Map<String, String> env, List<String> words, String stdinFile) {
        boolean isViva() {
            return !words.isEmpty() && (words.get(0).equals("viva") || words.get(0).equals("./viva"));
        }

        /** What echo or printf would write; null for any other command. */
        String printed() {
            if (words.isEmpty()) {
                return null;
            }
            List<String> args = words.subList(1, words.size());
            return switch (words.get(0)) {
                case "echo" -> String.join(" ", args) + "\n";
                case "printf" -> args.isEmpty() ? "" : args.get(0).replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
                default -> null;
            };
        }
    }

    private ExampleShell() {
    }

    /**
     * The pipelines of {@code line}, each a list of commands joined by '|'. {@code substitute} gets the inside
     * of each $(...) and <(...) (with its opening, "$(" or "<(") and gives the text that replaces it.
     */
    static List<List<Command>> parse(String line, Map<String, String> vars, UnaryOperator<String> substitute) {
        List<List<Command>> pipelines = new ArrayList<>();
        List<Command> pipeline = new ArrayList<>();
        Builder command = new Builder();
        String text = substitutions(line, substitute);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (text.startsWith("&&", i) || text.startsWith("||", i) || c == ';') {
                pipeline.add(command.build());
                pipelines.add(pipeline);
                pipeline = new ArrayList<>();
                command = new Builder();
                i += c == ';' ? 1 : 2;
            } else if (c == '|') {
                pipeline.add(command.build());
                command = new Builder();
                i++;
            } else if (c == '>' || c == '<') {
                command.redirect = c;
                i += text.startsWith(">>", i) ? 2 : 1;
            } else {
                StringBuilder word = new StringBuilder();
                i = word(text, i, vars, word);
                command.add(word.toString());
            }
        }
        pipeline.add(command.build());
        pipelines.add(pipeline);
        return pipelines;
    }

    /** Reads one word from {@code i}, with its quotes and variables resolved; gives the index after it. */
    private static int word(String text, int i, Map<String, String> vars, StringBuilder word) {
        char quote = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote == 0 && (Character.isWhitespace(c) || "|&;<>".indexOf(c) >= 0)) {
                break;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (c == '$' && quote != '\'' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                word.append(vars.getOrDefault(text.substring(i + 1, end), ""));
                i = end - 1;
            } else {
                word.append(c);
            }
            i++;
        }
        return i;
    }

    /** Replaces each outermost $(...) and <(...) with what {@code substitute} makes of it. */
    private static String substitutions(String line, UnaryOperator<String> substitute) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int start = indexOfOpening(line, i);
            if (start < 0) {
                out.append(line.substring(i));
                break;
            }
            out.append(line, i, start);
            int depth = 0;
            int end = start + 1;
            for (; end < line.length(); end++) {
                if (line.charAt(end) == '(') {
                    depth++;
                } else if (line.charAt(end) == ')' && --depth == 0) {
                    break;
                }
            }
            out.append(substitute.apply(line.substring(start, end)));
            i = end + 1;
        }
        return out.toString();
    }

    private static int indexOfOpening(String line, int from) {
        int dollar = line.indexOf("$(", from);
        int process = line.indexOf("<(", from);
        if (dollar < 0 || process < 0) {
            return Math.max(dollar, process);
        }
        return Math.min(dollar, process);
    }

    private static final class Builder {
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> words = new ArrayList<>();
        private String stdinFile;
        private char redirect;

        void add(String word) {
            if (redirect == '<') {
                stdinFile = word;
            } else if (redirect == 0 && words.isEmpty() && word.matches("[A-Z_][A-Z0-9_]*=.*")) {
                env.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else if (redirect == 0) {
                words.add(word);
            }
            // the target of '>' is dropped: the test reads standard output itself
            redirect = 0;
        }

        Command build() {
            return new Command(env, List.copyOf(words), stdinFile);
        }
    }
}
