package viva.report.table;

import viva.bank.Lang;
import viva.bank.Question;
import viva.text.ClockText;
import viva.text.Columns;
import viva.text.Messages;
import viva.text.StyledLine;
import viva.text.Visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code viva list} as a table: id, tags, level, time and the prompt cut to the width. Ids are never
 * cut (they are what a person copies); on a narrow terminal the tags are cut first, and the prompt is
 * left out rather than shown as a stub when fewer than {@link #MIN_PROMPT} columns remain for it; where not
 * even the level fits beside the ids, each id has a line of its own, its tags, level and time under it.
 */
public final class QuestionTable {
    private static final int MIN_PROMPT = 20;
    private static final int MIN_TAGS = 8;
    private static final String GAP = "  ";

    private final int width;
    private final Messages words;

    /** @param words the headings' language */
    public QuestionTable(int width, Messages words) {
        this.width = width;
        this.words = words;
    }

    public List<StyledLine> render(List<Question> questions, Lang language) {
        return Runs.plain(lines(questions, language));
    }

    private List<String> lines(List<Question> questions, Lang language) {
        int idWidth = Math.max(2, questions.stream().mapToInt(q -> Columns.width(q.id())).max().orElse(0));
        int tagWidth = Math.max(4, questions.stream().mapToInt(q -> Columns.width(tags(q))).max().orElse(0));
        // The last column stays empty: a row that fills the terminal exactly wraps on some of them.
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : width - 1;
        Layout layout = fit(idWidth, tagWidth, room);
        // Where not even the level fits beside a long id, each id takes a line, its figures indented below it.
        boolean stacked = !layout.level();
        if (stacked) {
            layout = fit(0, tagWidth, room);
        }
        List<String> out = new ArrayList<>();
        String id = words.get("table.list.id");
        if (stacked) {
            out.add(id);
        }
        out.add(layout.row(stacked ? "" : id, words.get("table.list.tags"), words.get("table.list.level"),
                Columns.padLeft(words.get("table.list.time"), 5), words.get("table.list.prompt")));
        for (Question q : questions) {
            if (stacked) {
                out.add(q.id());
            }
            out.add(layout.row(stacked ? "" : q.id(), tags(q), q.difficulty().label(),
                    String.format(Locale.ROOT, "%5s", ClockText.format(q.time())), q.text(language).prompt()));
        }
        out.add(words.count("table.list.count", questions.size()));
        return out;
    }

    /** The columns that fit beside an id {@code idWidth} wide (0: the id is on a line of its own). */
    private static Layout fit(int idWidth, int widestTags, int room) {
        // Where even a stub of the tags does not fit, the level goes, then the time, then the tags: never the id.
        boolean level = room == Columns.UNLIMITED || idWidth + 3 * GAP.length() + 4 + 6 + 5 <= room;
        boolean time = room == Columns.UNLIMITED || idWidth + 2 * GAP.length() + 4 + (level ? 6 + GAP.length() : 0) + 5 <= room;
        int fixed = idWidth + GAP.length() + (level ? 6 + GAP.length() : 0) + (time ? 5 + GAP.length() : 0);
        int tagWidth = widestTags;
        if (room != Columns.UNLIMITED) {
            tagWidth = Math.min(tagWidth, Math.max(MIN_TAGS, room - fixed - GAP.length() - MIN_PROMPT));
        }
        int promptRoom = room == Columns.UNLIMITED ? Columns.UNLIMITED : room - fixed - tagWidth - GAP.length();
        boolean prompts = promptRoom >= MIN_PROMPT;
        if (!prompts) {
            // Without the prompt, the tags may take all the room it leaves.
            tagWidth = Math.max(4, Math.min(widestTags, room - fixed));
        }
        boolean tagsShown = room == Columns.UNLIMITED || fixed + tagWidth <= room;
        return new Layout(idWidth, tagsShown ? tagWidth : 0, level, time, prompts ? promptRoom : 0);
    }

    /** The columns shown and their widths; a width of 0 leaves the column out. */
    private record Layout(int idWidth, int tagWidth, boolean level, boolean time, int promptRoom) {
        String row(String id, String tags, String levelText, String timeText, String prompt) {
            StringBuilder row = new StringBuilder(Columns.pad(id, idWidth));
            if (tagWidth > 0) {
                row.append(GAP).append(Columns.pad(Columns.cut(tags, tagWidth), tagWidth));
            }
            if (level) {
                row.append(GAP).append(Columns.pad(levelText, 6));
            }
            if (time) {
                row.append(GAP).append(timeText);
            }
            // Ids and tags are kebab-case (the bank checks them); a prompt may hold anything, and is measured as shown.
            if (promptRoom > 0) {
                row.append(GAP).append(Columns.cut(Visible.of(prompt), promptRoom));
            }
            return row.toString().stripTrailing();
        }
    }

    private static String tags(Question q) {
        return String.join(",", q.tags());
    }
}
