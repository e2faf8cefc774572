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
import viva.text.Messages;
import viva.text.Style;
import viva.bank.Lang;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** The words and layout of a drill, shared by the terminal screen and the line protocol. */
public final class DrillText {
    private final Glyphs glyphs;
    private final Messages words;
    private final Messages protocol;

    /** In English, as 'viva show' prints a question. */
    public DrillText(Glyphs glyphs) {
        this(glyphs, Messages.ENGLISH, Messages.ENGLISH);
    }

    /**
     * @param words    what a person reads, in the drill's language
     * @param protocol the words a script waits for (the rating prompt, "Kept unrated"): English over the line
     *                 protocol, where README documents them, and the drill's language in a terminal
     */
    private DrillText(Glyphs glyphs, Messages words, Messages protocol) {
        this.glyphs = glyphs;
        this.words = words;
        this.protocol = protocol;
    }

    /** The text of a drill in {@code lang}: everything in that language, the protocol's words too. */
    public static DrillText in(Glyphs glyphs, Lang lang) {
        Messages messages = Messages.of(lang.code());
        return new DrillText(glyphs, messages, messages);
    }

    /** The text of a drill over the line protocol: a person's words in {@code lang}, the protocol's in English. */
    public static DrillText overLines(Glyphs glyphs, Lang lang) {
        return new DrillText(glyphs, Messages.of(lang.code()), Messages.ENGLISH);
    }

    public Messages words() {
        return words;
    }

    /** How to answer, under each question. */
    public String answerHelp() {
        return words.get("answer.help");
    }

    public String ratePrompt() {
        return protocol.get("rate.prompt");
    }

    public Line heading(Turn turn) {
        return heading(turn, Columns.UNLIMITED);
    }

    /**
     * The question's heading in at most {@code width} columns, on one row: the tags go first, then the
     * difficulty; the position, the id (never cut), the budget, the interview's clock and the leech mark stay.
     */
    public Line heading(Turn turn, int width) {
        Question q = turn.question();
        String sep = glyphs.separator();
        String head = "[" + turn.position() + "] " + q.id();
        String tags = sep + String.join(", ", q.tags());
        String level = sep + q.difficulty().label();
        String tail = sep + ClockText.format(turn.budget()) + interview(turn).map(i -> sep + i).orElse("")
                + turn.shownInstead().map(l -> sep + words.get("heading.only.in", l.code())).orElse("")
                + (turn.leech() ? sep + words.get("heading.leech") : "");
        for (String text : List.of(head + tags + level + tail, head + level + tail, head + tail)) {
            if (Columns.width(text) <= width) {
                return Line.of(Style.TITLE, text);
            }
        }
        return Line.of(Style.TITLE, head + tail);
    }
    /** The overall clock of a mock interview: "interview 12:30 left", or "interview time is up". */
    public Optional<String> interview(Turn turn) {
        return turn.interviewLeft().map(left -> left.toSeconds() > 0
                ? words.get("interview.left", ClockText.format(left)) : words.get("interview.up"));
    }

    /** The clock as the status line shows it: "1:07 / 3:00", or "3:23 / 3:00  +0:23 over". */
    public String time(Duration elapsed, Duration budget) {
        return timer(elapsed, budget, words);
    }

    /** The clock in English. */
    public static String timer(Duration elapsed, Duration budget) {
        return timer(elapsed, budget, Messages.ENGLISH);
    }

    private static String timer(Duration elapsed, Duration budget, Messages words) {
        String base = ClockText.format(elapsed) + " / " + ClockText.format(budget);
        Duration over = elapsed.minus(budget);
        return over.toSeconds() > 0 ? words.get("timer.over", base, ClockText.format(over)) : base;
    }

    /** What the status line says of the hints: "hints 1/3". */
    public String hintsUsed(Turn turn) {
        return words.get("status.hints", turn.hintsUsed(), turn.text().hints().size());
    }

    public static boolean isOver(Duration elapsed, Duration budget) {
        return elapsed.minus(budget).toSeconds() > 0;
    }

    public Line hint(Turn turn, Optional<String> hint) {
        return hint.map(h -> Line.of(Style.WARN, words.get("hint", turn.hintsUsed(), turn.text().hints().size(), h)))
                .orElse(Line.of(Style.DIM, words.get("hint.none")));
    }

    /** What the person is shown after answering; the model answer is laid out to {@code width} columns. */
    public List<Line> reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.DIM, words.get("reveal.time", time(taken, turn.budget()))
                + (turn.hintsUsed() > 0 ? glyphs.separator() + words.get("reveal.hints", turn.hintsUsed()) : "")));
        // The question and the answer given stand above the model answer, so the three are read together
        // however far the typing scrolled the screen.
        lines.add(Line.of(Style.TITLE, heading("heading.question")));
        lines.addAll(item(Style.PLAIN, "  ", turn.text().prompt(), width));
        lines.add(Line.of(Style.TITLE, heading("heading.answer")));
        if (answer.kind() == Answer.Kind.TYPED) {
            answer.text().lines().forEach(l -> lines.addAll(item(Style.PLAIN, "  ", l, width)));
        } else {
            lines.add(Line.of(Style.DIM, "  " + words.get(answer.kind() == Answer.Kind.REVEALED ? "answer.revealed"
                    : "answer.aloud")));
        }
        String unchecked = words.get(answer.kind() == Answer.Kind.ALOUD ? "unchecked.aloud"
                : answer.kind() == Answer.Kind.REVEALED ? "unchecked.revealed" : "unchecked.typed");
        lines.addAll(solution(turn.question(), turn.text(), coverage, unchecked, true, width));
        return lines;
    }

    /** The key points again after the person changed a mark. */
    public List<Line> marks(Turn turn, Marks marks, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.plain(""));
        lines.addAll(points(turn.text().points(), marks.confirmed(), words.get("marks.none"), true, width));
        return lines;
    }

    /** The line under the rating prompt: how to correct a mark, or that there was no such point. */
    public Line markHelp(int points) {
        return Line.of(Style.DIM, points == 0 ? "" : words.get("mark.help", points));
    }

    /** A whole question for reading, as 'viva show' prints it, its model answer laid out to {@code width} columns. */
    public List<Line> card(Question q, QuestionText text, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, q.id() + glyphs.separator() + String.join(", ", q.tags()) + glyphs.separator()
                + q.difficulty().label() + glyphs.separator() + ClockText.format(q.time())));
        lines.add(Line.plain(text.prompt()));
        lines.add(Line.plain(""));
        lines.addAll(solution(q, text, Optional.empty(), words.get("card.unchecked"), false, width));
        lines.add(Line.of(Style.TITLE, words.get("card.hints")));
        text.hints().forEach(h -> lines.addAll(item(Style.PLAIN, "  " + glyphs.unchecked() + " ", h, width)));
        lines.add(Line.of(Style.DIM, words.get("card.defined", q.source())));
        return lines;
    }

    private List<Line> solution(Question q, QuestionText text, Optional<Coverage> coverage, String unchecked, boolean numbered,
                                int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, heading("heading.model")));
        MarkdownLayout.render(text.answer(), width, Columns.CELLS).stream().map(Line::styled).forEach(lines::add);
        lines.add(Line.plain(""));
        lines.addAll(points(text.points(), coverage, unchecked, numbered, width));
        if (!text.followups().isEmpty()) {
            lines.add(Line.of(Style.TITLE, words.get("heading.followups")));
            text.followups().forEach(f -> lines.addAll(item(Style.PLAIN, "  ? ", f, width)));
        }
        if (!q.refs().isEmpty()) {
            lines.add(Line.of(Style.DIM, words.get("refs", String.join("; ",
                    q.refs().stream().map(r -> r.title() + " (" + r.year() + ")").toList()))));
        }
        return lines;
    }

    /** The checklist; in a drill each point is numbered, so that its mark can be corrected by number. */
    private List<Line> points(List<KeyPoint> points, Optional<Coverage> coverage, String unchecked, boolean numbered, int width) {
        List<Line> lines = new ArrayList<>();
        if (coverage.isEmpty()) {
            lines.add(Line.of(Style.TITLE, words.get("points.unchecked", unchecked)));
            for (int i = 0; i < points.size(); i++) {
                lines.addAll(item(Style.PLAIN, "  " + number(i, numbered) + glyphs.unchecked() + " ", points.get(i).text(), width));
            }
            return lines;
        }
        Coverage c = coverage.get();
        lines.add(Line.of(Style.TITLE, words.get("points.covered", c.count(), points.size(), c.percent())));
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
        String rated = attempt.rating().map(r -> words.get("rated", label(r)))
                .orElse(protocol.get("rated.unrated"));
        return Line.of(Style.DIM, rated + (note.isEmpty() ? "" : glyphs.separator() + note));
    }

    public List<Line> summary(Summary s) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(Style.TITLE, heading(s.interrupted() ? "summary.heading.interrupted" : "summary.heading")));
        lines.add(Line.plain(words.get("summary.answered", s.answered()) + glyphs.separator() + words.get("summary.skipped", s.skipped().size())
                + glyphs.separator() + words.get("summary.over", s.overBudget()) + glyphs.separator()
                + words.get("summary.time", ClockText.format(s.totalTime()))));
        if (s.answered() == 0) {
            lines.add(Line.of(Style.DIM, words.get("summary.none")));
            again(s).ifPresent(lines::add);
            return lines;
        }
        lines.add(Line.plain(words.get("summary.coverage", percent(s.meanCoverage())) + glyphs.separator()
                + words.get("summary.ratings", ratings(s))));
        // Skipped questions are listed under the answered ones, in the same column.
        int idWidth = Stream.concat(s.rows().stream().map(r -> r.question().id()), s.skipped().stream())
                .mapToInt(Columns::width).max().orElse(2);
        for (Summary.Row row : s.rows()) {
            Attempt a = row.attempt();
            String line = "  " + Columns.pad(row.question().id(), idWidth) + "  " + Columns.pad(time(a.taken(), a.budget()), 24)
                    + Columns.pad(a.rating().map(this::label).orElse(words.get("rating.unrated")), 6) + " "
                    + a.coverage().map(c -> c.percent() + "%").orElse(words.get("summary.aloud"));
            lines.add(Line.of(a.overBudget() ? Style.WARN : Style.PLAIN, line));
        }
        s.skipped().forEach(id -> lines.add(Line.of(Style.DIM, "  " + Columns.pad(id, idWidth) + "  " + words.get("summary.row.skipped"))));
        lines.add(Line.of(Style.TITLE, words.get("summary.by.tag")));
        int tagWidth = s.tags().stream().mapToInt(t -> Columns.width(t.tag())).max().orElse(3);
        for (Summary.TagLine t : s.tags()) {
            lines.add(Line.plain("  " + Columns.pad(t.tag(), tagWidth) + "  " + words.get("tag.answered", t.answered())
                    + glyphs.separator() + words.get("tag.coverage", percent(t.meanCoverage()))
                    + glyphs.separator() + words.get("tag.rating", t.meanRating().isPresent()
                            ? String.format(Locale.ROOT, "%.1f", t.meanRating().getAsDouble()) : words.get("na"))
                    + glyphs.separator() + words.get("summary.over", t.overBudget())));
        }
        again(s).ifPresent(lines::add);
        lines.add(Line.of(Style.DIM, words.get("summary.export")));
        return lines;
    }

    /** A whole command to copy: the questions of this drill by id, so that nothing else needs repeating. */
    private Optional<Line> again(Summary s) {
        List<String> ids = new ArrayList<>();
        s.rows().forEach(r -> ids.add(r.question().id()));
        ids.addAll(s.skipped());
        if (s.again().isPresent()) {
            return Optional.of(Line.of(Style.DIM, words.get("again.interview", s.again().get())));
        }
        return ids.isEmpty() ? Optional.empty()
                : Optional.of(Line.of(Style.DIM, words.get("again.drill", String.join(" ", ids.stream().distinct().toList()))));
    }

    private String ratings(Summary s) {
        List<String> parts = new ArrayList<>();
        for (Rating r : Rating.values()) {
            parts.add(label(r) + " " + s.ratings().get(r));
        }
        if (s.unrated() > 0) {
            parts.add(words.get("rating.unrated") + " " + s.unrated());
        }
        return String.join(", ", parts);
    }

    private String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble()) + "%" : words.get("na");
    }

    /** A rating as the drill names it; the words typed to give one stay English (they are the protocol's). */
    public String label(Rating rating) {
        return words.get("rating." + rating.name().toLowerCase(Locale.ROOT));
    }

    /** A heading of the reveal or the summary, under its rule: "── Model answer". */
    private String heading(String key) {
        return glyphs.rule().repeat(2) + " " + words.get(key);
    }
}
