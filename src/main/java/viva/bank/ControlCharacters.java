package viva.bank;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import viva.text.Visible;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Control characters in a bank: the escape that sets a window title, clears the screen or writes the
 * clipboard, the bell, a bidi override. They are no error, since viva shows them ({@link Visible}) and
 * never sends them to a terminal; but a person about to use a bank someone else wrote should hear of
 * them, so {@code viva validate} warns about each one with its place.
 *
 * <p>YAML admits few of them as they are (U+202E, for one): most are written as an escape in a
 * double-quoted scalar, {@code "\e]0;title\a"}. Each is found at the character itself or at the
 * backslash of the escape that writes it, and located by line and column as an editor counts them.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** A warning, as a located Problem whose message starts with "warning: ", for each control character. */
    public static List<Problem> in(Source source) {
        int[] text = source.text().codePoints().toArray();
        Places places = new Places(source.name(), text);
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            // A carriage return is a line break to YAML, in the file as in an editor.
            if (text[i] != '\r' && Visible.isControl(text[i])) {
                warnings.add(new Problem(places.at(i), "warning: control character " + named(text[i])
                        + " in the file; viva shows it as " + Visible.form(text[i])));
            }
        }
        for (int[] scalar : doubleQuoted(source.text())) {
            escapes(text, scalar[0], Math.min(scalar[1], text.length), places, warnings);
        }
        warnings.sort(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        return warnings;
    }

    /** Where each double-quoted scalar starts and ends, in code points; those up to a syntax error, if there is one. */
    private static List<int[]> doubleQuoted(String text) {
        List<int[]> found = new ArrayList<>();
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (event instanceof ScalarEvent scalar && scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
                    found.add(new int[]{scalar.getStartMark().getIndex(), scalar.getEndMark().getIndex()});
                }
            }
        } catch (YAMLException notYaml) {
            // validate reports the syntax error itself; the scalars before it were looked at
        }
        return found;
    }

    /** The escapes in the double-quoted scalar text[from, to) (its quotes included) that write a control character. */
    private static void escapes(int[] text, int from, int to, Places places, List<Problem> warnings) {
        for (int i = from + 1; i < to - 1; i++) {
            if (text[i] != '\\') {
                continue;
            }
            int start = i;
            int e = text[++i];
            int value;
            int digits = switch (e) {
                case 'x' -> 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            if (digits > 0) {
                if (i + digits >= to) {
                    return;
                }
                value = hex(text, i + 1, digits);
                i += digits;
            } else {
                value = switch (e) {
                    case '0' -> 0;
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'v' -> 0x0b;
                    case 'f' -> 0x0c;
                    case 'r' -> 0x0d;
                    case 'e' -> 0x1b;
                    case 'N' -> 0x85;
                    default -> -1;
                };
            }
            if (value >= 0 && Visible.isControl(value)) {
                String written = new String(text, start, i + 1 - start);
                warnings.add(new Problem(places.at(start), "warning: \"" + written + "\" writes control character "
                        + named(value) + "; viva shows it as " + Visible.form(value)));
            }
        }
    }

    private static int hex(int[] text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(text[i], 16);
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    /** "U+001B ESCAPE". */
    private static String named(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    /** Line and column of each code point, 1-based; a line ends at \n, \r\n or \r. */
    private static final class Places {
        private final String file;
        private final int[] lines;
        private final int[] columns;

        Places(String file, int[] text) {
            this.file = file;
            this.lines = new int[text.length + 1];
            this.columns = new int[text.length + 1];
            int line = 1;
            int column = 1;
            for (int i = 0; i <= text.length; i++) {
                lines[i] = line;
                columns[i] = column;
                boolean newline = i < text.length
                        && (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.length || text[i + 1] != '\n')));
                if (newline) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }

        Location at(int index) {
            int i = Math.min(index, lines.length - 1);
            return new Location(file, lines[i], columns[i]);
        }
    }
}
