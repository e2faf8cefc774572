package viva.term;

import viva.schedule.Rating;
import viva.bank.KeyPoint;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.drill.Answer;
import viva.drill.Attempt;
import viva.drill.Coverage;
import viva.drill.Marks;

import viva.drill.Summary;
import viva.drill.Turn;
import viva.text.ClockText;
import viva.text.MarkdownLayout;
import viva.text.Span;
import viva.text.Wrap;
import viva.text.Columns;
import viva.text.Glyphs;
import viva.text.Style;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** The words and layout of a drill, shared by the terminal screen and the line protocol. */
public final class DrillText {
    public static final String ANSWER_HELP =
            "Type your answer; an empty line submits (empty at once = answered aloud). :hint  :skip  :quit  :help";
    public static final String RATE_PROMPT = "Rate it: 1 again  2 hard  3 good  4 easy";
    /** How to correct a mark before rating; the marks are only viva's suggestion. */
    public static final String MARK_HELP = "Marks are viva's guess: m + number flips one";

    private final Glyphs glyphs;

    public DrillText(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    public Line heading(Turn turn) {
        Question q = turn.question();
        String text = "[" + turn.position() + "] " + q.id() + glyphs.separator()
                + String.join(", ", q.tags()) + glyphs.separator() + q.difficulty().label() + glyphs.separator()
                + ClockText.format(turn.budget()) + interview(turn).map(i -> glyphs.separator() + i).orElse("")
                + turn.shownInstead().map(l -> glyphs.separator() + "only in " + l.code()).orElse("")
                + (turn.leech() ? glyphs.separator() + "leech" : "");
        return Line.of(Style.TITLE, text);
    }

    /** The overall clock of a mock interview: "interview 12:30 left", or "interview time is up". */
    public static Optional<String> interview(Turn turn) {
        return turn.interviewLeft().map(left -> left.toSeconds() > 0
                ? "interview " + ClockText.format(left) + " left" : "interview time is up");
    }

    /** The clock as the status line shows it: "1:07 / 3:00", or "3:23 / 3:00  +0:23 over". */
    public static String timer(Duration elapsed, Duration budget) {
        String base = ClockText.format(elapsed) + " / " + ClockText.format(budget);
        Duration over = elapsed.minus(budget);
        return over.toSeconds() > 0 ? base + "  +" + ClockText.format(over) + " over" : base;
    }

    public static boolean isOver(Duration elapsed, Duration budget) {
        return elapsed.minus(budget).toSeconds() > 0;
    }

    public Line hint(Turn turn, Optional<String> hint) {
        return hint.map(h -> Line.of(Style.WARN, "Hint " + turn.hintsUsed() + "/" + turn.text().hints().size() + ": " + h))
                .orElse(Line.of(Style.DIM, "No more hints."));
    }

    /** What the person is shown after answering; the model answer is laid out to {@code width} columns. */
    public List<Line> reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.DIM, "Time " + timer(taken, turn.budget())
                + (turn.hintsUsed() > 0 ? glyphs.separator() + "hints used " + turn.hintsUsed() : "")));
        // The question and the answer given stand above the model answer, so the three are read together
        // however far the typing scrolled the screen.
        lines.add(Line.of(Style.TITLE, glyphs.rule().repeat(2) + " Question"));
        lines.addAll(item(Style.PLAIN, "  ", turn.text().prompt(), width));
        lines.add(Line.of(Style.TITLE, glyphs.rule().repeat(2) + " Your answer"));
        if (answer.kind() == Answer.Kind.TYPED) {
            answer.text().lines().forEach(l -> lines.addAll(item(Style.PLAIN, "  ", l, width)));
        } else {
            lines.add(Line.of(Style.DIM, answer.kind() == Answer.Kind.REVEALED ? "  (none: shown with :reveal, counted as skipped)"
                    : "  (answered aloud)"));
        }
        String unchecked = answer.kind() == Answer.Kind.ALOUD ? "answered aloud: check yourself"
                : answer.kind() == Answer.Kind.REVEALED ? "not rated" : "check yourself";
        lines.addAll(solution(turn.question(), turn.text(), coverage, unchecked, true, width));
        return lines;
    }

    /** The key points again after the person changed a mark. */
    public List<Line> marks(Turn turn, Marks marks, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.plain(""));
        lines.addAll(points(turn.text().points(), marks.confirmed(), "none marked yet", true, width));
        return lines;
    }

    /** The line under the rating prompt: how to correct a mark, or that there was no such point. */
    public static Line markHelp(int points) {
        return Line.of(Style.DIM, points == 0 ? "" : MARK_HELP + " (1-" + points + ")");
    }

    /** A whole question for reading, as 'viva show' prints it, its model answer laid out to {@code width} columns. */
    public List<Line> card(Question q, QuestionText text, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, q.id() + glyphs.separator() + String.join(", ", q.tags()) + glyphs.separator()
                + q.difficulty().label() + glyphs.separator() + ClockText.format(q.time())));
        lines.add(Line.plain(text.prompt()));
        lines.add(Line.plain(""));
        lines.addAll(solution(q, text, Optional.empty(), "what an interviewer listens for", false, width));
        lines.add(Line.of(Style.TITLE, "Hints"));
        text.hints().forEach(h -> lines.addAll(item(Style.PLAIN, "  " + glyphs.unchecked() + " ", h, width)));
        lines.add(Line.of(Style.DIM, "Defined at " + q.source()));
        return lines;
    }

    private List<Line> solution(Question q, QuestionText text, Optional<Coverage> coverage, String unchecked, boolean numbered,
                                int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, glyphs.rule().repeat(2) + " Model answer"));
        MarkdownLayout.render(text.answer(), width, Columns.CELLS).stream().map(Line::styled).forEach(lines::add);
        lines.add(Line.plain(""));
        lines.addAll(points(text.points(), coverage, unchecked, numbered, width));
        if (!text.followups().isEmpty()) {
            lines.add(Line.of(Style.TITLE, "Follow-ups an interviewer may ask"));
            text.followups().forEach(f -> lines.addAll(item(Style.PLAIN, "  ? ", f, width)));
        }
        if (!q.refs().isEmpty()) {
            lines.add(Line.of(Style.DIM, "Refs: " + String.join("; ",
                    q.refs().stream().map(r -> r.title() + " (" + r.year() + ")").toList())));
        }
        return lines;
    }

    /** The checklist; in a drill each point is numbered, so that its mark can be corrected by number. */
    private List<Line> points(List<KeyPoint> points, Optional<Coverage> coverage, String unchecked, boolean numbered, int width) {
        List<Line> lines = new ArrayList<>();
        if (coverage.isEmpty()) {
            lines.add(Line.of(Style.TITLE, "Key points (" + unchecked + ")"));
            for (int i = 0; i < points.size(); i++) {
                lines.addAll(item(Style.PLAIN, "  " + number(i, numbered) + glyphs.unchecked() + " ", points.get(i).text(), width));
            }
            return lines;
        }
        Coverage c = coverage.get();
        lines.add(Line.of(Style.TITLE, "Key points: " + c.count() + "/" + points.size() + " covered (" + c.percent() + "%)"));
        for (int i = 0; i < points.size(); i++) {
            boolean hit = c.covered().get(i);
            lines.addAll(item(hit ? Style.GOOD : Style.BAD,
                    "  " + number(i, numbered) + (hit ? glyphs.covered() : glyphs.missed()) + " ", points.get(i).text(), width));
        }
        return lines;
    }

    /** A point, hint or follow-up wrapped under its own text, not under its mark. */
    private static List<Line> item(Style tone, String mark, String text, int width) {
        List<Span> hang = List.of(Span.plain(" ".repeat(Columns.width(mark))));
        return Wrap.lines(List.of(Span.plain(text)), width, List.of(Span.plain(mark)), hang, Columns.CELLS).stream()
                .map(l -> new Line(l.spans(), tone)).toList();
    }

    private static String number(int index, boolean numbered) {
        return numbered ? (index + 1) + " " : "";
    }

    public Line rated(Attempt attempt, String note) {
        String rated = attempt.rating().map(r -> "Rated " + r.label())
                .orElse("Kept unrated: the answer is saved, and the schedule is left as it was");
        return Line.of(Style.DIM, rated + (note.isEmpty() ? "" : glyphs.separator() + note));
    }

    public List<Line> summary(Summary s) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, glyphs.rule().repeat(2) + " Summary" + (s.interrupted() ? " (interrupted)" : "")));
        lines.add(Line.plain("Answered " + s.answered() + glyphs.separator() + "skipped " + s.skipped().size()
                + glyphs.separator() + "over budget " + s.overBudget() + glyphs.separator() + "time " + ClockText.format(s.totalTime())));
        if (s.answered() == 0) {
            lines.add(Line.of(Style.DIM, "No question was rated."));
            again(s).ifPresent(lines::add);
            return lines;
        }
        lines.add(Line.plain("Mean coverage " + percent(s.meanCoverage()) + glyphs.separator() + "ratings " + ratings(s)));
        // Skipped questions are listed under the answered ones, in the same column.
        int idWidth = Stream.concat(s.rows().stream().map(r -> r.question().id()), s.skipped().stream())
                .mapToInt(Columns::width).max().orElse(2);
        for (Summary.Row row : s.rows()) {
            Attempt a = row.attempt();
            String line = "  " + Columns.pad(row.question().id(), idWidth) + "  " + Columns.pad(timer(a.taken(), a.budget()), 24)
                    + Columns.pad(a.rating().map(Rating::label).orElse("unrated"), 6) + " " + a.coverage().map(c -> c.percent() + "%").orElse("aloud");
            lines.add(Line.of(a.overBudget() ? Style.WARN : Style.PLAIN, line));
        }
        s.skipped().forEach(id -> lines.add(Line.of(Style.DIM, "  " + Columns.pad(id, idWidth) + "  skipped")));
        lines.add(Line.of(Style.TITLE, "By tag"));
        int tagWidth = s.tags().stream().mapToInt(t -> Columns.width(t.tag())).max().orElse(3);
        for (Summary.TagLine t : s.tags()) {
            lines.add(Line.plain("  " + Columns.pad(t.tag(), tagWidth) + "  " + t.answered() + " answered"
                    + glyphs.separator() + "coverage " + percent(t.meanCoverage())
                    + glyphs.separator() + "mean rating " + (t.meanRating().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", t.meanRating().getAsDouble()) : "n/a")
                    + glyphs.separator() + "over budget " + t.overBudget()));
        }
        again(s).ifPresent(lines::add);
        lines.add(Line.of(Style.DIM, "Export this session: viva report --session last"));
        return lines;
    }

    /** A whole command to copy: the questions of this drill by id, so that nothing else needs repeating. */
    private static Optional<Line> again(Summary s) {
        List<String> ids = new ArrayList<>();
        s.rows().forEach(r -> ids.add(r.question().id()));
        ids.addAll(s.skipped());
        if (s.again().isPresent()) {
            return Optional.of(Line.of(Style.DIM, "Same interview again: " + s.again().get()));
        }
        return ids.isEmpty() ? Optional.empty()
                : Optional.of(Line.of(Style.DIM, "Same questions again: viva drill " + String.join(" ", ids.stream().distinct().toList())));
    }

    private static String ratings(Summary s) {
        List<String> parts = new ArrayList<>();
        for (Rating r : Rating.values()) {
            parts.add(r.label() + " " + s.ratings().get(r));
        }
        if (s.unrated() > 0) {
            parts.add("unrated " + s.unrated());
        }
        return String.join(", ", parts);
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble()) + "%" : "n/a";
    }
}
