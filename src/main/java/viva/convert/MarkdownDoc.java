package viva.convert;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file parsed by commonmark and cut into a tree of heading sections. Every block keeps its
 * source span, so an answer is the file's own Markdown (code, tables, formulas untouched) and every
 * message can say file:line.
 */
record MarkdownDoc(List<String> lines, Optional<Integer> frontMatterEnd, List<Node> preamble, List<Section> sections) {
    /**
     * A heading (its Markdown, without the '#' marks), its 1-based line, the blocks up to the next heading,
     * and the deeper headings under it.
     */
    record Section(int level, String title, int line, Heading heading, List<Node> blocks, List<Section> children) {
        boolean hasText() {
            return !blocks.isEmpty();
        }

        /** This section's blocks and those of every section under it, headings included, in file order. */
        List<Node> subtree() {
            List<Node> all = new ArrayList<>(blocks);
            for (Section c : children) {
                all.add(c.heading());
                all.addAll(c.subtree());
            }
            return all;
        }

        boolean subtreeHasText() {
            return hasText() || children.stream().anyMatch(Section::subtreeHasText);
        }

        /** Every section under this one, at any depth. */
        List<Section> descendants() {
            List<Section> all = new ArrayList<>();
            for (Section c : children) {
                all.add(c);
                all.addAll(c.descendants());
            }
            return all;
        }
    }

    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("^(?:---|\\.\\.\\.)\\s*$");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    static MarkdownDoc parse(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        Optional<Integer> frontMatter = frontMatterEnd(lines);
        List<String> parsed = new ArrayList<>(lines);
        // YAML front matter would parse as a rule and a setext heading; blanked, it keeps the line numbers.
        frontMatter.ifPresent(end -> {
            for (int i = 0; i <= end; i++) {
                parsed.set(i, "");
            }
        });
        Node document = PARSER.parse(String.join("\n", parsed));
        List<Node> preamble = new ArrayList<>();
        List<Open> top = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && !title(h, lines).isBlank()) {
                while (!open.isEmpty() && open.get(open.size() - 1).heading.getLevel() >= h.getLevel()) {
                    open.remove(open.size() - 1);
                }
                Open s = new Open(h, title(h, lines));
                (open.isEmpty() ? top : open.get(open.size() - 1).children).add(s);
                open.add(s);
            } else if (!(node instanceof Heading)) {
                (open.isEmpty() ? preamble : open.get(open.size() - 1).blocks).add(node);
            }
        }
        return new MarkdownDoc(List.copyOf(lines), frontMatter, List.copyOf(preamble), top.stream().map(Open::close).toList());
    }

    /** A section while the file is read: its blocks and sub-sections still grow. */
    private static final class Open {
        final Heading heading;
        final String title;
        final List<Node> blocks = new ArrayList<>();
        final List<Open> children = new ArrayList<>();

        Open(Heading heading, String title) {
            this.heading = heading;
            this.title = title;
        }

        Section close() {
            return new Section(heading.getLevel(), title, firstLine(heading) + 1, heading, List.copyOf(blocks),
                    children.stream().map(Open::close).toList());
        }
    }

    /** The last line (0-based) of a YAML front matter block that opens the file. */
    private static Optional<Integer> frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < Math.min(lines.size(), 200); i++) {
            if (FRONT_MATTER_END.matcher(lines.get(i)).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The heading's own Markdown: emphasis and links kept, the '#' marks (or a setext underline) dropped. */
    private static String title(Heading h, List<String> lines) {
        List<SourceSpan> spans = h.getSourceSpans();
        String first = lines.get(spans.get(0).getLineIndex());
        Matcher atx = ATX.matcher(first);
        if (atx.matches()) {
            return atx.group(1) == null ? "" : atx.group(1).strip();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spans.size() - 1; i++) {
            text.append(i == 0 ? "" : " ").append(lines.get(spans.get(i).getLineIndex()).strip());
        }
        return text.toString();
    }

    static int firstLine(Node node) {
        return node.getSourceSpans().get(0).getLineIndex();
    }

    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex();
    }

    /** The original text of a node, its lines joined by spaces: a list item's paragraph without its '- ' marker. */
    String source(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            String line = lines.get(span.getLineIndex());
            int from = Math.min(span.getColumnIndex(), line.length());
            text.append(text.length() == 0 ? "" : " ").append(line, from, Math.min(line.length(), from + span.getLength()));
        }
        return text.toString().strip();
    }
}
