package viva.text;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown laid out as styled lines of a given width: paragraphs reflowed, lists with a hanging indent,
 * code and display formulas verbatim (cut with a visible mark where too wide, never wrapped, since a
 * wrapped formula reads as two), tables in columns. Raw HTML is shown as the text it is.
 */
public final class MarkdownLayout {
    /** Width that is never reached: output for a pipe, where lines are not wrapped. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    private static final String CODE_INDENT = "  ";

    private final int width;
    private final Cells cells;

    private MarkdownLayout(int width, Cells cells) {
        this.width = Math.max(width, 10);
        this.cells = cells;
    }

    public static List<StyledLine> render(String markdown, int width, Cells cells) {
        List<StyledLine> out = new ArrayList<>();
        new MarkdownLayout(width, cells).blocks(Markdown.parse(markdown), List.of(), List.of(), false, out);
        return out;
    }

    /** The children of {@code parent}, the first after {@code first}, the others after {@code rest}. */
    private void blocks(Node parent, List<Span> first, List<Span> rest, boolean tight, List<StyledLine> out) {
        boolean atFirst = true;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            int before = out.size();
            if (!atFirst && !tight && !formulaInLine(child.getPrevious(), child)) {
                out.add(new StyledLine(rest).stripTrailing());
            }
            int size = out.size();
            block(child, atFirst ? first : rest, rest, out);
            if (out.size() == size) {
                // A block that shows nothing (a link definition) leaves no blank line either.
                out.subList(before, out.size()).clear();
                continue;
            }
            atFirst = false;
        }
    }

    /**
     * A display formula written on the lines of a sentence ("maximises / $$ L $$ / with eps") stays in it,
     * without blank lines around it; one set apart by blank lines in the source is set apart on screen.
     */
    private static boolean formulaInLine(Node previous, Node next) {
        boolean formula = isFormula(previous) || isFormula(next);
        List<SourceSpan> before = previous.getSourceSpans();
        List<SourceSpan> after = next.getSourceSpans();
        return formula && !before.isEmpty() && !after.isEmpty()
                && before.get(before.size() - 1).getLineIndex() + 1 == after.get(0).getLineIndex();
    }

    private static boolean isFormula(Node node) {
        return node instanceof FencedCodeBlock code && Markdown.MATH.equals(code.getInfo().strip());
    }

    private void block(Node node, List<Span> first, List<Span> rest, List<StyledLine> out) {
        if (node instanceof Paragraph) {
            paragraph(inline(node, Style.PLAIN), first, rest, out);
        } else if (node instanceof Heading) {
            paragraph(inline(node, Style.HEADING), first, rest, out);
        } else if (node instanceof ListBlock list) {
            list(list, first, rest, out);
        } else if (node instanceof BlockQuote) {
            Span bar = new Span("> ", Style.DIM);
            blocks(node, with(first, bar), with(rest, bar), false, out);
        } else if (node instanceof FencedCodeBlock code) {
            verbatim(code.getLiteral(), isFormula(code) ? Style.MATH : Style.CODE, first, rest, out);
        } else if (node instanceof IndentedCodeBlock code) {
            verbatim(code.getLiteral(), Style.CODE, first, rest, out);
        } else if (node instanceof HtmlBlock html) {
            verbatim(html.getLiteral(), Style.PLAIN, first, rest, out);
        } else if (node instanceof ThematicBreak) {
            out.add(new StyledLine(with(first, new Span("-".repeat(Math.min(20, width - cells.width(text(first)))), Style.DIM))));
        } else if (node instanceof TableBlock table) {
            new TableLayout(cells, this::inline).rows(table).forEach(row -> out.add(cut(new StyledLine(row).after(first))));
        } else if (node.getFirstChild() != null) {
            blocks(node, first, rest, false, out);
        }
    }

    /** Hard line breaks start a new line; each piece between them is reflowed. */
    private void paragraph(List<Span> spans, List<Span> first, List<Span> rest, List<StyledLine> out) {
        List<Span> piece = new ArrayList<>();
        List<Span> prefix = first;
        for (Span s : spans) {
            if (s.text().equals("\n")) {
                out.addAll(Wrap.lines(piece, width, prefix, rest, cells));
                piece.clear();
                prefix = rest;
            } else {
                piece.add(s);
            }
        }
        out.addAll(Wrap.lines(piece, width, prefix, rest, cells));
    }

    private void list(ListBlock list, List<Span> first, List<Span> rest, List<StyledLine> out) {
        List<String> markers = new ArrayList<>();
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            markers.add(list instanceof BulletList ? "-" : number++ + (list instanceof OrderedList o ? delimiter(o) : "."));
        }
        int markerWidth = markers.stream().mapToInt(cells::width).max().orElse(1) + 1;
        int i = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), i++) {
            if (i > 0 && !list.isTight()) {
                out.add(new StyledLine(rest).stripTrailing());
            }
            String marker = pad(markers.get(i), markerWidth);
            List<Span> itemFirst = with(i == 0 ? first : rest, Span.plain(marker));
            List<Span> itemRest = with(rest, Span.plain(" ".repeat(markerWidth)));
            if (item instanceof ListItem && item.getFirstChild() == null) {
                out.add(new StyledLine(itemFirst).stripTrailing());
            } else {
                blocks(item, itemFirst, itemRest, list.isTight(), out);
            }
        }
    }

    private static String delimiter(OrderedList list) {
        return list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
    }

    /** Code, formulas and HTML as written, indented a little so that they stand apart from prose. */
    private void verbatim(String literal, Style style, List<Span> first, List<Span> rest, List<StyledLine> out) {
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        List<Span> prefix = first;
        for (String line : body.split("\n", -1)) {
            String shown = expandTabs(line);
            StyledLine styled = new StyledLine(with(prefix, Span.plain(CODE_INDENT), new Span(shown, style)));
            out.add(shown.isEmpty() ? styled.stripTrailing() : cut(styled));
            prefix = rest;
        }
    }

    private StyledLine cut(StyledLine line) {
        return Wrap.cut(line, width, cells);
    }

    /** A tab's width is the terminal's choice; spaces keep a code block's columns where its author put them. */
    private static String expandTabs(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                out.append(" ".repeat(4 - out.length() % 4));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The inline content of {@code node} as styled runs; a hard line break is a run of its own, "\n". */
    List<Span> inline(Node node, Style style) {
        List<Span> spans = new ArrayList<>();
        inlines(node, style, spans);
        return softBreaks(spans);
    }

    private void inlines(Node parent, Style style, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Span(Tex.prose(t.getLiteral()), style));
            } else if (n instanceof Code c) {
                out.add(new Span(c.getLiteral(), Style.CODE));
            } else if (n instanceof Emphasis) {
                inlines(n, style == Style.PLAIN ? Style.EMPHASIS : style, out);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, Style.STRONG, out);
            } else if (n instanceof SoftLineBreak) {
                out.add(null);
            } else if (n instanceof HardLineBreak) {
                out.add(Span.plain("\n"));
            } else if (n instanceof HtmlInline html) {
                // Shown as the text it is; a tag may span lines, and the paragraph is reflowed anyway.
                out.add(new Span(html.getLiteral().replace('\n', ' '), style));
            } else if (n instanceof Link link) {
                link(link, style, out);
            } else {
                inlines(n, style, out);
            }
        }
    }

    /** A link's text, then where it goes unless the text says so already. */
    private void link(Link link, Style style, List<Span> out) {
        int start = out.size();
        inlines(link, style, out);
        String shown = text(out.subList(start, out.size()));
        if (!link.getDestination().isEmpty() && !shown.equals(link.getDestination())
                && !link.getDestination().equals("mailto:" + shown)) {
            out.add(new Span(" (" + link.getDestination() + ")", Style.DIM));
        }
    }

    /** A line break in the source is a space between words, and nothing between two Chinese characters. */
    private List<Span> softBreaks(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i) != null) {
                out.add(spans.get(i));
                continue;
            }
            String before = text(out);
            String after = i + 1 < spans.size() && spans.get(i + 1) != null ? spans.get(i + 1).text() : "";
            boolean wide = !before.isEmpty() && cells.wide(before.codePointBefore(before.length()))
                    || !after.isEmpty() && cells.wide(after.codePointAt(0));
            out.add(Span.plain(wide ? "" : " "));
        }
        return out;
    }

    private String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - cells.width(text)));
    }

    private static String text(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    private static List<Span> with(List<Span> prefix, Span... more) {
        List<Span> out = new ArrayList<>(prefix);
        out.addAll(List.of(more));
        return out;
    }
}
