package viva.text;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown an answer is written in: CommonMark with GFM tables, and display formulas between
 * {@code $$} lines. CommonMark has no formulas, so a {@code $$} block becomes a fenced {@code math} block
 * before parsing: shown verbatim like code, and, being a fence, it interrupts the paragraph around it,
 * which an indented block cannot.
 */
public final class Markdown {
    public static final String MATH = "math";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    // Raw HTML in an answer is text, and a link goes nowhere a script could run.
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Pattern FENCE = Pattern.compile("( *)(```+|~~~+).*");
    private static final Pattern ONE_LINE = Pattern.compile("( *)\\$\\$(.+)\\$\\$ *");
    private static final Pattern OPEN = Pattern.compile("( *)\\$\\$(.*)");
    private static final Pattern PRODUCT = Pattern.compile("(?<=[\\w)\\]}^])\\*(?=[\\w(\\[{])");

    private Markdown() {
    }

    /**
     * The parsed source, its control characters made {@link Visible} first: CommonMark would turn a NUL
     * into U+FFFD, and what a bank holds is shown as it is, {@code ^@}.
     */
    public static Node parse(String source) {
        return PARSER.parse(displayFormulas(Visible.of(source.replace("\r\n", "\n"))));
    }

    /**
     * A star between two letters, digits or brackets is a product ({@code lr*lambda}, {@code pi*(y|x)}),
     * not emphasis, which CommonMark would otherwise make of two of them on a line. Code is left alone.
     */
    static String products(String line) {
        String[] parts = line.split("(?=`)|(?<=`)", -1);
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String part : parts) {
            if (part.equals("`")) {
                code = !code;
                out.append(part);
            } else {
                out.append(code ? part : PRODUCT.matcher(part).replaceAll("\\\\*"));
            }
        }
        return out.toString();
    }

    /** The source as HTML: code and formulas in {@code <pre>}, raw HTML escaped, unsafe link targets dropped. */
    public static String html(String source) {
        return HTML.render(parse(source));
    }

    /** {@code $$ f $$} on a line, or from a {@code $$} line to the next line that ends with {@code $$}, as a math fence. */
    static String displayFormulas(String source) {
        List<String> out = new ArrayList<>();
        String fence = null;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            Matcher one = ONE_LINE.matcher(line);
            Matcher open = OPEN.matcher(line);
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                out.add(line);
            } else if (f.matches()) {
                fence = f.group(2);
                out.add(line);
            } else if (indentedCode(lines, i)) {
                // Already verbatim: a fence here would be shown as the text of the code block.
                out.add(line);
            } else if (one.matches()) {
                fenced(one.group(1), List.of(one.group(2).strip()), out);
            } else if (open.matches() && closes(lines, i + 1) > 0) {
                int end = closes(lines, i + 1);
                List<String> body = new ArrayList<>();
                if (!open.group(2).isBlank()) {
                    body.add(open.group(2).strip());
                }
                for (int j = i + 1; j < end; j++) {
                    body.add(lines[j].strip());
                }
                String last = lines[end].strip();
                String tail = last.substring(0, last.length() - 2).strip();
                if (!tail.isEmpty()) {
                    body.add(tail);
                }
                fenced(open.group(1), body, out);
                i = end;
            } else {
                out.add(products(line));
            }
        }
        return String.join("\n", out);
    }

    /** Whether line {@code i} is in an indented code block (four spaces, after a blank line or another such line). */
    private static boolean indentedCode(String[] lines, int i) {
        int j = i;
        while (j >= 0 && !lines[j].isBlank() && lines[j].startsWith("    ")) {
            j--;
        }
        return j < i && (j < 0 || lines[j].isBlank());
    }

    /** The line at or after {@code from} that ends the formula, or -1 when a blank line comes first. */
    private static int closes(String[] lines, int from) {
        for (int j = from; j < lines.length && !lines[j].isBlank(); j++) {
            if (lines[j].strip().endsWith("$$")) {
                return j;
            }
        }
        return -1;
    }

    private static void fenced(String indent, List<String> body, List<String> out) {
        out.add(indent + "```" + MATH);
        body.forEach(b -> out.add(indent + b));
        out.add(indent + "```");
    }
}
