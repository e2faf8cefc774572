package viva.term;

import viva.schedule.Rating;
import viva.drill.Answer;
import viva.drill.AnswerLines;
import viva.drill.Attempt;
import viva.drill.Coverage;
import viva.drill.DrillEnded;
import viva.drill.DrillScreen;
import viva.drill.Marks;

import viva.drill.Summary;
import viva.drill.Turn;
import viva.text.Columns;
import viva.text.Glyphs;

import viva.text.Visible;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill as a plain line protocol, for pipes, scripts and CI: no escape codes, no status line.
 * Answer lines are read until a blank line; a rating is one line; end of input ends the drill.
 */
public final class LineScreen implements DrillScreen {
    /** A correction at the rating prompt: "m 2", "m2 3", "mark 1,4". */
    private static final Pattern MARK = Pattern.compile("(?:m|mark)\\s*(\\d+(?:[\\s,]+\\d+)*)", Pattern.CASE_INSENSITIVE);

    private final BufferedReader in;
    private final PrintWriter out;
    private final Glyphs glyphs;
    /** In the drill's language, which each question brings; English until the first one. */
    private DrillText text;

    public LineScreen(BufferedReader in, PrintWriter out, Glyphs glyphs) {
        this.in = in;
        this.out = out;
        this.glyphs = glyphs;
        this.text = new DrillText(glyphs);
    }

    @Override
    public void ask(Turn turn) {
        text = DrillText.overLines(glyphs, turn.lang());
        out.println();
        print(text.heading(turn));
        print(Line.plain(turn.text().prompt()));
        out.println(text.answerHelp());
        out.flush();
    }

    @Override
    public Answer answer(Turn turn) throws DrillEnded {
        AnswerLines lines = new AnswerLines(turn, hint -> {
            print(text.hint(turn, hint));
            out.flush();
        }, said -> {
            print(Line.plain(said));
            out.flush();
        }, draft -> {
            print(Line.plain(text.words().get("edit.none")));
            out.flush();
            return draft;
        });
        Optional<Answer> answer = Optional.empty();
        while (answer.isEmpty()) {
            answer = lines.accept(readLine());
        }
        return answer.get();
    }

    @Override
    public void reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken) {
        print(text.reveal(turn, answer, coverage, taken, Columns.UNLIMITED));
        out.flush();
    }

    @Override
    public Rating rate(Turn turn, Marks marks) throws DrillEnded {
        out.println(text.ratePrompt());
        if (marks.size() > 0) {
            print(List.of(text.markHelp(marks.size())));
        }
        out.flush();
        while (true) {
            String line = readLine();
            Optional<Rating> rating = Rating.parse(line);
            if (rating.isPresent()) {
                return rating.get();
            }
            Matcher mark = MARK.matcher(line.strip());
            if (mark.matches() && marks.size() > 0) {
                toggle(turn, marks, mark.group(1));
                continue;
            }
            if (line.strip().equals(":quit")) {
                throw new DrillEnded(false);
            }
            print(Line.plain(text.words().get("not.rating", line.strip())));
            out.flush();
        }
    }

    /** "m 2" or "m2 3": flips those points' marks, then shows the checklist again. */
    private void toggle(Turn turn, Marks marks, String numbers) {
        for (String n : numbers.trim().split("[\\s,]+")) {
            if (!marks.toggle(Integer.parseInt(n))) {
                out.println(text.words().get("no.point", n, marks.size()));
            }
        }
        print(text.marks(turn, marks, Columns.UNLIMITED));
        out.println(text.ratePrompt());
        out.flush();
    }

    @Override
    public void rated(Attempt attempt, String note) {
        print(text.rated(attempt, note));
        out.flush();
    }

    @Override
    public void note(String line) {
        out.println(Visible.of(line));
        out.flush();
    }

    @Override
    public void summary(Summary summary) {
        out.println();
        print(text.summary(summary));
        out.flush();
    }

    private String readLine() throws DrillEnded {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new DrillEnded(false);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(Line line) {
        out.println(line.text());
    }

    private void print(List<Line> lines) {
        lines.forEach(this::print);
    }
}
