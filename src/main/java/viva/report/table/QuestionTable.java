package viva.report.table;

import viva.bank.Lang;
import viva.bank.Question;
import viva.text.ClockText;
import viva.text.Columns;
import viva.text.StyledLine;
import viva.text.Visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code viva list} as a table: id, tags, level, time and the prompt cut to the width. Ids are never
 * cut (they are what a person copies); on a narrow terminal the tags are cut first, and the prompt is
 * left out rather than shown as a stub when fewer than {@link #MIN_PROMPT} columns remain for it.
 */
public final class QuestionTable {
    private static final int MIN_PROMPT = 20;
    private static final int MIN_TAGS = 8;
    private static final String GAP = "  ";

    private final int width;

    public QuestionTable(int width) {
        this.width = width;
    }

    public List<StyledLine> render(List<Question> questions, Lang language) {
        return Runs.plain(lines(questions, language));
    }

    private List<String> lines(List<Question> questions, Lang language) {
        int idWidth = Math.max(2, questions.stream().mapToInt(q -> Columns.width(q.id())).max().orElse(0));
        int tagWidth = Math.max(4, questions.stream().mapToInt(q -> Columns.width(tags(q))).max().orElse(0));
        // The last column stays empty: a row that fills the terminal exactly wraps on some of them.
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : width - 1;
        int fixed = idWidth + GAP.length() + 6 + GAP.length() + 5 + GAP.length();
        if (room != Columns.UNLIMITED) {
            tagWidth = Math.min(tagWidth, Math.max(MIN_TAGS, room - fixed - GAP.length() - MIN_PROMPT));
        }
        int promptRoom = room == Columns.UNLIMITED ? Columns.UNLIMITED : room - fixed - tagWidth - GAP.length();
        boolean prompts = promptRoom >= MIN_PROMPT;
        if (!prompts) {
            tagWidth = Math.max(4, Math.min(tagWidth, room - fixed));
        }
        List<String> out = new ArrayList<>();
        out.add(row(idWidth, tagWidth, "ID", "TAGS", "LEVEL", " TIME", prompts ? "PROMPT" : null, promptRoom));
        for (Question q : questions) {
            out.add(row(idWidth, tagWidth, q.id(), tags(q), q.difficulty().label(),
                    String.format(Locale.ROOT, "%5s", ClockText.format(q.time())), prompts ? q.text(language).prompt() : null, promptRoom));
        }
        out.add(questions.size() + (questions.size() == 1 ? " question" : " questions"));
        return out;
    }

    private static String row(int idWidth, int tagWidth, String id, String tags, String level, String time,
                              String prompt, int promptRoom) {
        String head = Columns.pad(id, idWidth) + GAP + Columns.pad(Columns.cut(tags, tagWidth), tagWidth) + GAP
                + Columns.pad(level, 6) + GAP + time;
        // Ids and tags are kebab-case (the bank checks them); a prompt may hold anything, and is measured as shown.
        return prompt == null ? head : head + GAP + Columns.cut(Visible.of(prompt), promptRoom);
    }

    private static String tags(Question q) {
        return String.join(",", q.tags());
    }
}
