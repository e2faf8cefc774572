package viva.convert;

import org.commonmark.node.BulletList;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import viva.text.Markup;

import java.util.List;
import java.util.regex.Pattern;

/** Why text outside any question was not imported: a table of contents, badges, or prose under a chapter. */
final class Skipped {
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(table of contents|contents|toc|index|目录|目錄)$");

    private Skipped() {
    }

    /** A section that is a table of contents: so named, or nothing but lists of links into the file. */
    static boolean isContents(MarkdownDoc doc, MarkdownDoc.Section s) {
        if (CONTENTS.matcher(Headings.plain(s.title())).matches()) {
            return true;
        }
        return s.hasText() && s.blocks().stream().allMatch(b -> b instanceof ListBlock && anchorsOnly(b));
    }

    static String why(MarkdownDoc doc, MarkdownDoc.Section under, List<Node> blocks) {
        String where = under == null ? "before the first heading" : "under '" + Headings.plain(under.title()) + "'";
        if (blocks.stream().allMatch(b -> b instanceof ListBlock && anchorsOnly(b))) {
            return "the table of contents " + where + " is not a question; skipped";
        }
        if (blocks.stream().allMatch(b -> Markup.only(doc.source(b)))) {
            return "the badges and links " + where + " are not a question; skipped";
        }
        return under == null ? "text before the first heading was not placed in any question"
                : "the text " + where + " is not under a question heading; not placed";
    }

    /** A list whose every item is a link to a heading of the same file ("[1. What is X?](#1-what-is-x)"). */
    private static boolean anchorsOnly(Node list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph p)
                    || !(p.getFirstChild() instanceof Link link) || !link.getDestination().startsWith("#")) {
                return false;
            }
            for (Node nested = p.getNext(); nested != null; nested = nested.getNext()) {
                if (!(nested instanceof BulletList || nested instanceof OrderedList) || !anchorsOnly(nested)) {
                    return false;
                }
            }
        }
        return true;
    }
}
