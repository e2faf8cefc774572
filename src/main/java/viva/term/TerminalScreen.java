package viva.term;

import viva.schedule.Rating;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Status;
import viva.drill.Answer;
import viva.drill.AnswerLines;
import viva.drill.Attempt;
import viva.drill.Composer;
import viva.drill.Coverage;
import viva.drill.Marks;
import viva.drill.DrillEnded;
import viva.drill.DrillScreen;

import viva.drill.Summary;
import viva.drill.Turn;
import viva.text.Visible;
import viva.text.Glyphs;
import viva.text.Style;
import viva.threads.Background;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The drill in a real terminal: wrapped text, colour, a status line with a live clock under the
 * answer, and single-key ratings. The status line is redrawn through a LineReader widget, because
 * widgets run under the reader's lock and so never interleave with the echo of a key press.
 */
public final class TerminalScreen implements DrillScreen, AutoCloseable {
    private static final String TICK = "viva-tick";
    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;

    private final Terminal terminal;
    private final LineReader reader;
    private final Glyphs glyphs;
    /** In the drill's language, which each question brings; English until the first one. Read by the clock thread too. */
    private volatile DrillText text;
    private final Palette palette;
    private final Status status;
    private final Composer composer;
    private final ScheduledExecutorService ticker;
    private volatile Turn current;

    /**
     * @param liveClock redraw the clock every second; tests pass false and drive the clock themselves,
     *                  the status line still being redrawn after every line typed
     * @param composer the editor ':edit' opens
     */
    public TerminalScreen(Terminal terminal, Palette palette, boolean liveClock, Composer composer) {
        this.terminal = terminal;
        this.palette = palette;
        this.composer = composer;
        this.glyphs = Glyphs.forCharset(terminal.encoding());
        this.text = new DrillText(glyphs);
        this.reader = new AnswerReader(terminal);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.setOpt(LineReader.Option.INSERT_TAB);
        reader.setVariable(LineReader.HISTORY_SIZE, 0);
        this.reader.getWidgets().put(TICK, () -> {
            drawStatus();
            return true;
        });
        this.status = Status.getStatus(terminal);
        this.ticker = liveClock ? Executors.newSingleThreadScheduledExecutor(Background.daemons("viva-clock")) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public void ask(Turn turn) {
        text = DrillText.in(glyphs, turn.lang());
        println(Line.plain(""));
        println(text.heading(turn, width()));
        println(Line.plain(turn.text().prompt()));
        println(Line.of(Style.DIM, text.answerHelp()));
    }

    @Override
    public Answer answer(Turn turn) throws DrillEnded {
        current = turn;
        AnswerLines lines = new AnswerLines(turn, hint -> println(text.hint(turn, hint)), said -> println(Line.of(Style.DIM, said)),
                this::edit);
        try {
            Optional<Answer> answer = Optional.empty();
            while (answer.isEmpty()) {
                drawStatus();
                answer = lines.accept(readLine());
            }
            return answer.get();
        } finally {
            current = null;
            clearStatus();
        }
    }

    /**
     * The editor gets the terminal to itself: between two lines JLine reads no keys (a system terminal has no
     * reading thread of its own), and the status line is taken away. The modes the editor leaves are put back,
     * and the answer it saved is shown, since that is what will be submitted.
     */
    private String edit(String draft) {
        clearStatus();
        terminal.writer().flush();
        Attributes before = terminal.getAttributes();
        String edited;
        try {
            edited = composer.compose(draft);
        } catch (IOException e) {
            println(Line.of(Style.WARN, text.words().get("edit.failed", e.getMessage())));
            return draft;
        } finally {
            terminal.setAttributes(before);
        }
        String shown = edited.stripTrailing();
        println(Line.of(Style.DIM, text.words().get(shown.isEmpty() ? "edit.empty" : "edit.back")));
        shown.lines().forEach(line -> println(Line.plain(line)));
        return edited;
    }

    private String readLine() throws DrillEnded {
        try {
            return reader.readLine(new AttributedString("> ", palette.style(Style.DIM)).toAnsi(terminal));
        } catch (UserInterruptException e) {
            throw new DrillEnded(true);
        } catch (EndOfFileException e) {
            throw new DrillEnded(false);
        }
    }

    /** Called every second from the clock thread; only redraws while a line is being read. */
    void tick() {
        if (current == null) {
            return;
        }
        try {
            reader.callWidget(TICK);
        } catch (IllegalStateException notReading) {
            // between two lines: the next readLine draws the status anyway
        }
    }

    private void drawStatus() {
        Turn turn = current;
        if (turn == null) {
            return;
        }
        Duration elapsed = turn.elapsed();
        Style tone = DrillText.isOver(elapsed, turn.budget()) ? Style.BAD : Style.DIM;
        DrillText words = text;
        String hints = words.hintsUsed(turn) + words.interview(turn).map(i -> "   " + i).orElse("");
        AttributedString line = new AttributedString(Visible.of(" " + words.time(elapsed, turn.budget()) + "   " + hints
                + "   [" + turn.position() + "] " + turn.question().id()), palette.statusStyle(tone));
        status.update(List.of(line));
    }

    private void clearStatus() {
        status.update(List.of());
    }

    @Override
    public void reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken) {
        shown = text.reveal(turn, answer, coverage, taken, width()).stream()
                .flatMap(line -> palette.rows(line, width()).stream()).toList();
        shown.forEach(row -> terminal.writer().println(row.toAnsi(terminal)));
        terminal.writer().flush();
    }

    /** The rows of the last reveal, as printed: what the pager shows when they do not fit the screen. */
    private List<AttributedString> shown = List.of();

    /** Whether the last reveal is taller than the screen, its start scrolled away. */
    private boolean tallerThanScreen() {
        return Pager.needed(terminal, shown.size(), 3);
    }

    private String ratePrompt() {
        return text.ratePrompt() + "  " + text.words().get(tallerThanScreen() ? "rate.page" : "rate.quit");
    }

    /**
     * The whole reveal in JLine's pager, from the question down: the screen shows only its end. Leaving the
     * pager (q) comes back to the key points and the rating prompt.
     */
    private void page(Turn turn, Marks marks) throws IOException {
        Pager.page(terminal, shown.stream().map(row -> row.toAnsi(terminal)).toList(), turn.question().id());
        text.marks(turn, marks, width()).forEach(this::println);
        println(Line.of(Style.TITLE, ratePrompt()));
        if (marks.size() > 0) {
            println(text.markHelp(marks.size()));
        }
    }

    @Override
    public Rating rate(Turn turn, Marks marks) throws DrillEnded {
        println(Line.of(Style.TITLE, ratePrompt()));
        if (marks.size() > 0) {
            println(text.markHelp(marks.size()));
        }
        return keys((saved, raw) -> {
            while (true) {
                int key = quitKey(terminal.reader().read());
                if ((key == 'm' || key == 'M') && marks.size() > 0) {
                    // One more key, the point's number: a correction costs two keys in all.
                    int point = terminal.reader().read() - '0';
                    if (marks.toggle(point)) {
                        terminal.setAttributes(saved);
                        text.marks(turn, marks, width()).forEach(this::println);
                        println(Line.of(Style.TITLE, ratePrompt()));
                        terminal.setAttributes(raw);
                    }
                    continue;
                }
                if ((key == 'v' || key == 'V') && tallerThanScreen()) {
                    terminal.setAttributes(saved);
                    page(turn, marks);
                    terminal.setAttributes(raw);
                    continue;
                }
                Optional<Rating> rating = Rating.ofKey((char) key);
                if (rating.isPresent()) {
                    return rating.get();
                }
            }
        });
    }

    @Override
    public void read(Turn turn) throws DrillEnded {
        println(Line.of(Style.DIM, text.words().get("read.next")));
        keys((saved, raw) -> quitKey(terminal.reader().read()));
    }

    /** Work done key by key, in raw mode; {@code saved} is the mode to return to while printing. */
    private interface KeyWork<T> {
        T run(Attributes saved, Attributes raw) throws IOException, DrillEnded;
    }

    private <T> T keys(KeyWork<T> work) throws DrillEnded {
        Attributes saved = terminal.enterRawMode();
        try {
            // Raw mode keeps ISIG: turn it off so that Ctrl-C arrives as a key and ends the drill cleanly.
            Attributes raw = new Attributes(terminal.getAttributes());
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            return work.run(saved, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            terminal.setAttributes(saved);
        }
    }

    /** Ctrl-C ends the drill as interrupted; q, Ctrl-D and the end of input end it; any other key is returned. */
    private static int quitKey(int key) throws DrillEnded {
        if (key == CTRL_C) {
            throw new DrillEnded(true);
        }
        if (key < 0 || key == CTRL_D || key == 'q' || key == 'Q') {
            throw new DrillEnded(false);
        }
        return key;
    }

    @Override
    public void rated(Attempt attempt, String note) {
        println(text.rated(attempt, note));
    }

    @Override
    public void note(String line) {
        println(Line.of(Style.WARN, line));
    }

    @Override
    public void summary(Summary summary) {
        println(Line.plain(""));
        text.summary(summary).forEach(this::println);
    }

    private void println(Line line) {
        for (AttributedString row : palette.rows(line, width())) {
            terminal.writer().println(row.toAnsi(terminal));
        }
        terminal.writer().flush();
    }

    /** The columns text may take: the last one is left free, so that a full line does not wrap on its own. */
    private int width() {
        return (terminal.getWidth() > 0 ? terminal.getWidth() : 80) - 1;
    }

    /** Stops the clock and takes the status line away; the caller closes the terminal, which restores its modes. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        current = null;
        status.close();
        terminal.writer().flush();
    }
}
