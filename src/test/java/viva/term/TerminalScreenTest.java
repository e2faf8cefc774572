package viva.term;

import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Catalog;
import viva.bank.Lang;
import viva.drill.AttemptSink;
import viva.drill.Composer;
import viva.drill.Drill;
import viva.drill.StepClock;
import viva.drill.Summary;
import viva.schedule.Rating;
import viva.text.Columns;
import viva.text.Han;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The terminal screen driven by scripted keys through a JLine terminal on piped streams, with a stepping clock. */
@Timeout(20)
class TerminalScreenTest {
    private PipedOutputStream keys;
    private ByteArrayOutputStream screen;
    private Terminal terminal;
    private Catalog catalog;
    /** What ':edit' opens: by default an editor that saves the draft as it was. */
    private Composer composer = draft -> draft;

    @BeforeEach
    void openTerminal() throws Exception {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        screen = new ByteArrayOutputStream();
        // An external terminal runs JLine's own line discipline, so Ctrl-C typed here raises INT as a tty would.
        terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(60, 20));
        catalog = Banks.load(BankFiles.read(Path.of("src/test/resources/banks/sample.yaml")));
    }

    @AfterEach
    void closeTerminal() throws Exception {
        terminal.close();
    }

    private CompletableFuture<Summary> drill(Palette palette, Lang lang, String... ids) {
        return drill(catalog, palette, lang, ids);
    }

    private CompletableFuture<Summary> drill(Catalog from, Palette palette, Lang lang, String... ids) {
        // Every read of the clock moves it on 40s; the status line is redrawn before each line is read.
        StepClock clock = new StepClock(Instant.parse("2026-11-23T09:00:00Z"), Duration.ofSeconds(40));
        var questions = Arrays.stream(ids).map(id -> from.find(id).orElseThrow()).toList();
        TerminalScreen ui = new TerminalScreen(terminal, palette, false, composer);
        return CompletableFuture.supplyAsync(() -> {
            try (ui) {
                return new Drill(ui, clock, AttemptSink.NONE).run(new Drill.Plan(questions, lang, 1.0, 7));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void type(String text) throws Exception {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private String shown() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** What a person would see: the bytes written so far, played through JLine's VT100 emulator. */
    private String visible() {
        ScreenTerminal vt = new ScreenTerminal(60, 20);
        vt.write(shown());
        return vt.toString();
    }

    /** Waits until the screen shows {@code text}; keys typed before the reader is ready would race it. */
    private String await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String now = visible();
            if (now.contains(text)) {
                return now;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + visible());
    }

    /**
     * Waits until the line typed is followed by a fresh, empty prompt: the reader is reading again. Keys typed
     * sooner are echoed by the terminal's own line discipline, outside the reader, which then cannot take them
     * off the screen as it would its own.
     */
    private void awaitNextPrompt(String typed) throws InterruptedException {
        Pattern next = Pattern.compile("(?m)^" + Pattern.quote(typed) + " *\n(?: *\n)*> *$");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (next.matcher(visible()).find()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no fresh prompt after '" + typed + "':\n" + visible());
    }

    /** Waits until the screen no longer shows {@code text}. */
    private String awaitGone(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String now = visible();
            if (!now.contains(text)) {
                return now;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the screen still shows '" + text + "':\n" + visible());
    }

    /** Output reaches the stream through JLine's output pump; the summary's last line means all of it has. */
    private void settled() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String now = visible();
            boolean nothingRated = now.contains("No question was rated.") && (!now.contains(":skip") || now.contains("skipped 0")
                    || now.contains("Same questions again"));
            if (now.contains("viva report --session last") || nothingRated) {
                Thread.sleep(50);
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the summary never ended:\n" + visible());
    }

    private static String bottomLine(String screenText) {
        List<String> rows = screenText.lines().toList();
        return rows.get(rows.size() - 1);
    }

    @Test
    void mAndAPointsNumberCorrectsItsMarkBeforeTheRatingKey() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-moe-collapse");
        await("> ");
        type("Routing collapse onto a few experts.\r\r");
        await("flips one (1-2)");
        type("m2");
        await("Key points: 2/2 covered (100%)");
        type("3");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        var attempt = summary.rows().get(0).attempt();
        assertThat(attempt.coverage().orElseThrow().covered()).containsExactly(true, true);
        assertThat(attempt.suggested().orElseThrow().covered()).containsExactly(true, false);
        assertThat(attempt.rating()).contains(Rating.GOOD);
    }

    @Test
    void aQuestionIsTimedAnsweredRevealedAndRatedWithOneKey() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(true), Lang.EN, "demo-moe-collapse");
        String first = await("> ");
        assertThat(first).contains("[1/1] demo-moe-collapse · moe · easy · 1:30", "What happens if nobody steers an MoE");
        assertThat(bottomLine(first)).contains("0:40 / 1:30", "hints 0/1");
        type("Routing collapse onto a few experts,\r");
        assertThat(bottomLine(await("1:20 / 1:30"))).contains("1:20 / 1:30");
        type("fixed with a load balancing loss.\r");
        type("\r");
        await("Rate it");
        type("g");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();

        assertThat(summary.answered()).isEqualTo(1);
        assertThat(summary.rows().get(0).attempt().rating()).contains(Rating.GOOD);
        assertThat(summary.rows().get(0).attempt().coverage().orElseThrow().percent()).isEqualTo(100);
        String out = shown();
        assertThat(out).contains("Key points: 2/2 covered (100%)", "Rated Good", "Summary");
        assertThat(out).contains("\u001b[32m");
    }

    @Test
    void pastTheBudgetTheStatusLineSaysByHowMuch() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(true), Lang.EN, "demo-moe-collapse");
        await("> ");
        type("one\r");
        type("two\r");
        assertThat(bottomLine(await("+0:30 over"))).contains("2:00 / 1:30  +0:30 over");
        type("\r");
        await("Rate it");
        type("1");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.overBudget()).isEqualTo(1);
    }

    @Test
    void chinesePromptsAreWrappedByDisplayWidth() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.ZH, "demo-lora-init");
        await("> ");
        type("B 初始化为零\r\r");
        await("评分：1 重来");
        type("3");
        run.get(10, TimeUnit.SECONDS);
        settled();
        List<String> lines = shown().replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[78=>]|\\([0B])", "").lines()
                .map(l -> l.replace("\r", "")).filter(l -> l.codePoints().anyMatch(Han::is)).toList();
        lines = lines.stream().filter(l -> !l.contains("提示 0/1")).toList();
        assertThat(lines).contains("LoRA 的两个矩阵如何初始化?为什么?");
        String answer = lines.stream().dropWhile(l -> !l.startsWith("增量是")).takeWhile(l -> !l.startsWith("要点")).reduce("", String::concat);
        // Lines break at spaces (dropped) or between any two Chinese characters; nothing else is lost.
        assertThat(answer.replace(" ", "")).isEqualTo("增量是BA。A用随机高斯分布初始化,B初始化为零,所以一开始BA为零,模型的输出与原预训练模型完全一致。两者不能同时为零,否则梯度都为零,训练无法开始。");
        assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(60));
    }

    /** In a terminal the drill's language reaches the protocol's words too: there is no script to keep them for. */
    @Test
    void aChineseDrillSpeaksChineseInTheTerminal() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.ZH, "demo-lora-init");
        String asking = await("提示 0/1");
        assertThat(asking).contains("输入回答；空行提交", "0:40 / 2:00   提示 0/1   [1/1] demo-lora-init");
        type("B 初始化为零\r\r");
        assertThat(await("评分：1 重来  2 困难  3 良好  4 简单  （q 退出）")).contains("标记只是 viva 的猜测：m 加编号可改一项（1-3）");
        type("g");
        run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(visible()).contains("评分：良好", "总结", "已答 1 · 跳过 0").doesNotContain("Rate it", "Rated", "hints");
    }

    @Test
    void withoutColourNoColourCodesAreWritten() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("zero\r\r");
        await("Rate it");
        type("3");
        run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(shown()).doesNotContainPattern("\u001b\\[(3|4|9)[0-7]m").contains("Rated Good");
    }

    @Test
    void hintAndSkipWorkWhileAnswering() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init", "demo-moe-collapse");
        await("> ");
        type(":hint\r");
        await("Hint 1/2");
        type(":skip\r");
        await("[2/2]");
        type("\r");
        await("Rate it");
        type("4");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(shown()).contains("Hint 1/2: What does the product BA equal at step 0?", "Key points (answered aloud: check yourself)");
        assertThat(summary.skipped()).containsExactly("demo-lora-init");
        assertThat(summary.rows()).singleElement().satisfies(r -> assertThat(r.attempt().rating()).contains(Rating.EASY));
    }

    @Test
    void ctrlCWhileAnsweringEndsTheDrillAsInterruptedAndShowsTheSummary() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("half an answ");
        await("half an answ");
        type("\u0003");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.interrupted()).isTrue();
        assertThat(shown()).contains("Summary (interrupted)");
    }

    @Test
    void ctrlCOrCtrlDAtTheRatingEndTheDrillAndTheTerminalModesAreRestored() throws Exception {
        Attributes before = new Attributes(terminal.getAttributes());
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init", "demo-moe-collapse");
        await("> ");
        type("zero\r\r");
        await("Rate it");
        type("\u0003");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.interrupted()).isTrue();
        // The answer was revealed, so it exists: kept, unrated, and counted.
        assertThat(summary.answered()).isOne();
        assertThat(summary.unrated()).isOne();
        assertThat(summary.rows().get(0).attempt().answer()).isEqualTo("zero");
        assertThat(visible()).contains("Kept unrated");
        Attributes after = terminal.getAttributes();
        for (Attributes.LocalFlag flag : List.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ECHO, Attributes.LocalFlag.ISIG)) {
            assertThat(after.getLocalFlag(flag)).as(flag.name()).isEqualTo(before.getLocalFlag(flag));
        }
    }

    /** After ':reveal' the model answer waits for a key: the next question does not push it away unread. */
    @Test
    void revealWaitsForAKeyBeforeTheNextQuestion() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init", "demo-moe-collapse");
        await("> ");
        type(":reveal\r");
        await("Any key for the next question (q to quit)");
        assertThat(shown()).contains("Model answer").doesNotContain("[2/2]");
        type(" ");
        await("[2/2] demo-moe-collapse");
        type(":quit\r");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.skipped()).containsExactly("demo-lora-init");
    }

    @Test
    void ctrlDOnAnEmptyLineEndsTheDrillCleanly() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("\u0004");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.interrupted()).isFalse();
        assertThat(shown()).contains("Summary", "No question was rated.");
    }

    @Test
    void ctrlGTakesTheLineItDiscardsOffTheScreenToo() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("B starts at zero\r");
        awaitNextPrompt("> B starts at zero");
        // Longer than the 60 columns: the discarded line covers two rows.
        type("a line I thought better of, long enough to wrap onto a second row");
        await("ond row");
        type("\u0007");
        String after = awaitGone("thought better");
        assertThat(after).contains("> B starts at zero").doesNotContain("ond row");
        type("A is Gaussian\r\r");
        await("Rate it");
        type("3");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.rows().get(0).attempt().answer()).isEqualTo("B starts at zero\nA is Gaussian");
    }

    @Test
    void editOpensTheEditorOnTheLinesTypedAndTheAnswerIsWhatItSaved() throws Exception {
        List<String> drafts = new ArrayList<>();
        composer = draft -> {
            drafts.add(draft);
            return draft.replace("B starts at zero", "B starts at zero, so BA = 0") + "A is Gaussian\n\n\n";
        };
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("B starts at zero\r");
        awaitNextPrompt("> B starts at zero");
        type(":edit\r");
        await("Back from the editor");
        await("A is Gaussian");
        type("and the update starts small\r\r");
        await("Rate it");
        type("3");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(drafts).containsExactly("B starts at zero\n");
        assertThat(summary.rows().get(0).attempt().answer())
                .isEqualTo("B starts at zero, so BA = 0\nA is Gaussian\nand the update starts small");
    }

    @Test
    void anEditorThatFailsLeavesTheAnswerAsItWasAndSaysWhy() throws Exception {
        composer = draft -> {
            throw new IOException("the editor (nosuch) exited with status 127");
        };
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-lora-init");
        await("> ");
        type("B starts at zero\r");
        awaitNextPrompt("> B starts at zero");
        type(":edit\r");
        await("Could not use the editor: the editor (nosuch) exited with");
        await("status 127. Your answer is as it was.");
        type("\r");
        await("Rate it");
        type("3");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.rows().get(0).attempt().answer()).isEqualTo("B starts at zero");
    }

    @Test
    void aPastedTitleSequenceIsNotLeftOnTheScreenWhenItsBellDiscardsTheLine() throws Exception {
        CompletableFuture<Summary> run = drill(Palette.of(false), Lang.EN, "demo-moe-collapse");
        await("> ");
        // Without bracketed paste, the BEL that ends the sequence arrives as Ctrl-G.
        type("routing collapse \u001b]0;title");
        await("collapse ]0;title");
        type("\u0007");
        awaitGone("]0;title");
        type("load balancing\r\r");
        await("Rate it");
        type("3");
        Summary summary = run.get(10, TimeUnit.SECONDS);
        settled();
        assertThat(summary.rows().get(0).attempt().answer()).isEqualTo("load balancing");
    }

    @Test
    void aHostileBankIsShownOnTheScreenNeverExecuted() throws Exception {
        Catalog hostile = Banks.load(BankFiles.read(Path.of("src/test/resources/hostile/hostile.yaml")));
        CompletableFuture<Summary> run = drill(hostile, Palette.of(true), Lang.EN, "hostile-escapes");
        assertThat(await("> ")).contains("What does this prompt do? ^[]0;title^G It sets the title", "^[[2J and clears the screen.");
        type("clipboard\r\r");
        await("Rate it");
        type("3");
        run.get(10, TimeUnit.SECONDS);
        settled();
        String out = shown();
        assertThat(out).contains("^[]52;c;SGVsbG8=^G", "<U+202E>evil.exe", "bell ^G", "C1<U+009B>")
                .doesNotContain("\u001b]", "\u001b[2J", "\u0007", "\u202E", "\u009b", "\u007f", "\u0000");
        // The only escape sequences are the screen's own: colour, cursor, the status line's scroll region, line drawing.
        assertThat(out.replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[78=>]|\\([0B])", "")).doesNotContain("\u001b");
    }

    @Test
    void theStatusTextMarksTimeOverBudget() {
        assertThat(DrillText.timer(Duration.ofSeconds(67), Duration.ofMinutes(3))).isEqualTo("1:07 / 3:00");
        assertThat(DrillText.timer(Duration.ofSeconds(203), Duration.ofMinutes(3))).isEqualTo("3:23 / 3:00  +0:23 over");
        assertThat(DrillText.isOver(Duration.ofSeconds(180), Duration.ofMinutes(3))).isFalse();
    }
}
