package viva.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file cut at its ATX headings ('## ...'). Only as much Markdown as the importer needs:
 * a '#' inside a fenced code block is code, not a heading.
 */
record MarkdownDoc(List<String> preamble, int preambleLine, List<Section> sections) {
    /** A heading, the line it is on (1-based), and the lines up to the next heading of any level. */
    record Section(int level, String title, int line, List<String> body) {
        boolean hasText() {
            return body.stream().anyMatch(l -> !l.isBlank());
        }
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    static MarkdownDoc parse(String text) {
        List<String> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> current = preamble;
        String fence = null;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceMark = FENCE.matcher(line);
            if (fenceMark.find()) {
                fence = fence == null ? fenceMark.group(1) : fence.equals(fenceMark.group(1)) ? null : fence;
            }
            Matcher heading = fence == null ? HEADING.matcher(line) : null;
            if (heading != null && heading.matches() && !heading.group(2).isBlank()) {
                current = new ArrayList<>();
                sections.add(new Section(heading.group(1).length(), heading.group(2).strip(), i + 1, current));
            } else {
                current.add(line);
            }
        }
        return new MarkdownDoc(preamble, 1, sections);
    }
}
