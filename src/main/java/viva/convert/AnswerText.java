package viva.convert;

import viva.text.Markup;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer cut out of the notes: the original Markdown of its blocks with {@code <details>} opened and
 * images turned into links (a drill shows text, and an image's alt text is no answer), and the pieces
 * key points and hints are picked from.
 *
 * @param markdown the answer as Markdown
 * @param opening  the first sentence of the answer's first paragraph, which a hint must not give away
 * @param units    candidate key points as Markdown: list items, sentences with a bold term, first sentences of parts, other sentences
 * @param parts    the plain titles of the headings inside the answer
 * @param kind     prose, code or derivation, which decides the time it takes
 */
record AnswerText(String markdown, String opening, List<String> units, List<String> parts, Kind kind) {
    enum Kind { PROSE, CODE, DERIVATION }

    private static final Pattern DETAILS = Pattern.compile("(?is)<summary\\b.*?</summary>|</?details\\b[^>]*>");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>");
    private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern LEAD = Pattern.compile("^(?:\\*\\*)?(?:A|Answer|答案?|回答|解答)\\s*[:：](?:\\*\\*)?\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`*(\\[])|(?<=[。！？；])");
    private static final Pattern MATH = Pattern.compile("\\$\\$|\\\\frac|\\\\sum|\\\\partial|\\\\nabla|\\\\log");

    static AnswerText of(MarkdownDoc doc, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return new AnswerText("", "", List.of(), List.of(), Kind.PROSE);
        }
        String markdown = markdown(doc, nodes);
        String opening = nodes.stream().filter(n -> n instanceof Paragraph && !Markup.only(doc.source(n)))
                .findFirst().map(n -> sentences(doc.source(n)).get(0)).orElse("");
        return new AnswerText(markdown, opening, units(doc, nodes), parts(doc, nodes), kind(nodes, markdown));
    }

    /** The lines from the first block to the last, with the edits that open details and unframe images. */
    private static String markdown(MarkdownDoc doc, List<Node> nodes) {
        int first = MarkdownDoc.firstLine(nodes.get(0));
        int last = MarkdownDoc.lastLine(nodes.get(nodes.size() - 1));
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (int i = first; i <= last; i++) {
            lines.put(i, doc.lines().get(i));
        }
        for (Node node : nodes) {
            if (node instanceof HtmlBlock html) {
                openHtml(doc, html, lines);
            } else {
                unframeImages(node, lines);
            }
        }
        String text = String.join("\n", lines.values()).replaceAll("\n{3,}", "\n\n").strip();
        return LEAD.matcher(text).replaceFirst("").strip();
    }

    /** {@code <details>} and {@code <summary>} go, what they held stays; {@code <img>} becomes a link. */
    private static void openHtml(MarkdownDoc doc, HtmlBlock html, TreeMap<Integer, String> lines) {
        int from = MarkdownDoc.firstLine(html);
        int to = MarkdownDoc.lastLine(html);
        for (int i = from; i <= to; i++) {
            String line = DETAILS.matcher(lines.get(i)).replaceAll("");
            line = IMG.matcher(line).replaceAll(m -> {
                var alt = ALT.matcher(m.group());
                String text = alt.find() && !alt.group(1).isBlank() ? alt.group(1) : "image";
                return Matcher.quoteReplacement("[" + text + "](" + m.group(1) + ")");
            });
            lines.put(i, line.isBlank() ? "" : line);
        }
        // A block that was nothing but the wrapper leaves blank lines, which the join folds away.
    }

    /** "![alt](url)" becomes "[alt](url)": the drill shows text, and the link still leads to the picture. */
    private static void unframeImages(Node node, TreeMap<Integer, String> lines) {
        List<Image> images = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        // Right to left, so that an edit does not move the columns of the ones still to make.
        images.sort((a, b) -> Integer.compare(start(b), start(a)));
        for (Image image : images) {
            SourceSpan span = image.getSourceSpans().get(0);
            String line = lines.get(span.getLineIndex());
            int col = span.getColumnIndex();
            if (line != null && line.startsWith("![", col)) {
                String label = image.getFirstChild() == null ? "[image" : "[";
                lines.put(span.getLineIndex(), line.substring(0, col) + label + line.substring(col + 2));
            }
        }
    }

    private static int start(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getInputIndex();
    }

    /** List items first (they are what the writer listed), then bold terms, first sentences of parts, other sentences. */
    private static List<String> units(MarkdownDoc doc, List<Node> nodes) {
        Set<String> items = new LinkedHashSet<>();
        Set<String> bold = new LinkedHashSet<>();
        Set<String> leads = new LinkedHashSet<>();
        Set<String> rest = new LinkedHashSet<>();
        boolean afterHeading = false;
        for (Node node : nodes) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph p && !Markup.only(doc.source(p))) {
                        items.add(doc.source(p));
                    }
                }
            } else if (node instanceof HtmlBlock html && !opened(doc, html).isEmpty()) {
                // "<details><summary>Answer</summary>" with the answer on the next line, no blank line between:
                // one HTML block to commonmark, but its text is the answer's.
                rest.addAll(sentences(opened(doc, html)));
            } else if (node instanceof Paragraph p && !Markup.only(doc.source(p)) && !displayMath(doc.source(p))) {
                List<String> sentences = sentences(doc.source(p));
                (afterHeading ? leads : rest).add(sentences.get(0));
                sentences.stream().filter(s -> s.contains("**") || s.contains("__")).forEach(bold::add);
                rest.addAll(sentences);
            }
            afterHeading = node instanceof Heading;
        }
        List<String> units = new ArrayList<>(items);
        units.addAll(bold);
        units.addAll(leads);
        units.addAll(rest);
        return List.copyOf(new LinkedHashSet<>(units));
    }

    /** The text of an HTML block once the details wrapper is gone, when what is left is prose, not more HTML. */
    private static String opened(MarkdownDoc doc, HtmlBlock html) {
        StringBuilder text = new StringBuilder();
        for (int i = MarkdownDoc.firstLine(html); i <= MarkdownDoc.lastLine(html); i++) {
            text.append(' ').append(DETAILS.matcher(doc.lines().get(i)).replaceAll(""));
        }
        String prose = text.toString().replaceAll("\\s+", " ").strip();
        return prose.startsWith("<") || Markup.only(prose) ? "" : prose;
    }

    /** A display formula ("$$ ... $$") is a thing to derive, not a point to say. */
    private static boolean displayMath(String paragraph) {
        return paragraph.startsWith("$$") || paragraph.startsWith("\\[");
    }

    private static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(paragraph)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out.isEmpty() ? List.of(paragraph) : out;
    }

    private static List<String> parts(MarkdownDoc doc, List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Heading h) {
                String line = doc.lines().get(MarkdownDoc.firstLine(h));
                parts.add(Headings.plain(line.replaceFirst("^ {0,3}#{1,6}\\s*", "").replaceFirst("\\s+#+\\s*$", "")));
            }
        }
        return List.copyOf(parts);
    }

    /** Code takes longer to say than prose, and a derivation longer still; both are told by what the answer holds. */
    private static Kind kind(List<Node> nodes, String markdown) {
        boolean code = nodes.stream().anyMatch(AnswerText::isCode);
        if (code) {
            return Kind.CODE;
        }
        boolean math = MATH.matcher(markdown).find() || nodes.stream().anyMatch(n -> n instanceof FencedCodeBlock f && isMath(f))
                || inlineCodeFormulas(nodes) >= 3;
        return math ? Kind.DERIVATION : Kind.PROSE;
    }

    private static boolean isMath(FencedCodeBlock block) {
        return Set.of("math", "latex", "tex").contains(info(block));
    }

    /** A ```text block is a diagram or output, not code to write. */
    private static boolean isCode(Node node) {
        return node instanceof IndentedCodeBlock
                || node instanceof FencedCodeBlock f && !isMath(f) && !Set.of("text", "plaintext", "txt", "console", "output").contains(info(f));
    }

    private static String info(FencedCodeBlock block) {
        return block.getInfo() == null ? "" : block.getInfo().strip().toLowerCase(Locale.ROOT);
    }

    private static int inlineCodeFormulas(List<Node> nodes) {
        int[] count = {0};
        for (Node node : nodes) {
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Code code) {
                    if (Markup.formula(code.getLiteral())) {
                        count[0]++;
                    }
                }
            });
        }
        return count[0];
    }
}
