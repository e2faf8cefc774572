package viva.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The real thing: ./viva drill in a tmux pane, read back with capture-pane. */
class TmuxDrillIT {
    private static final Pattern TIMER = Pattern.compile("(\\d+):(\\d\\d) / 1:30");

    @TempDir
    Path home;

    private TmuxPane pane;

    /** A drill of the sample bank's MoE question in a pane {@code width} columns wide. */
    private void start(int width, String... options) throws Exception {
        String command = "./viva drill --no-builtin --bank src/test/resources/banks/sample.yaml -t moe " + String.join(" ", options)
                + "; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; sleep 600";
        pane = TmuxPane.start(home, width, command);
    }

    @AfterEach
    void stop() throws Exception {
        pane.close();
    }

    /** A reveal longer than the screen: its start scrolls away, and 'v' pages through it from the question down. */
    @Test
    void aLongRevealPagesFromTheQuestionDownAndComesBackToTheRating() throws Exception {
        pane = TmuxPane.start(home, 100, 32, "./viva drill moe-history-timeline --lang en; echo EXIT=$?; sleep 600");
        await(s -> s.contains("Type your answer"));
        pane.type("Switch Transformer, then GShard and Mixtral", 2);
        String rate = await(s -> s.contains("Rate it"));
        assertThat(rate).contains("v to page through it all").doesNotContain("── Your answer");

        pane.keys("v");
        String paged = await(s -> s.contains("── Question") && s.contains("── Your answer"));
        assertThat(paged).contains("Switch Transformer, then GShard and Mixtral", "── Model answer");
        pane.keys("Space");
        await(s -> !s.contains("── Your answer"));
        pane.keys("q");
        String back = await(s -> lastNonBlankLine(s).startsWith("Marks are viva's guess") || lastNonBlankLine(s).startsWith("Rate it"));
        assertThat(back).contains("Key points:", "Rate it");

        pane.keys("3");
        String done = await(s -> s.contains("EXIT="));
        assertThat(done).contains("Rated Good", "EXIT=0");
    }

    /** 'viva show' of a question taller than the screen opens the pager at its top; q leaves it. */
    @Test
    void showPagesALongQuestionAtTheTerminal() throws Exception {
        pane = TmuxPane.start(home, 100, 32, "./viva show moe-history-timeline --lang en; echo EXIT=$?; sleep 600");
        String paged = await(s -> s.contains("moe-history-timeline · ") && s.contains("Walk through the key milestones"));
        assertThat(paged).doesNotContain("EXIT=", "Defined at");
        pane.keys("G");
        await(s -> s.contains("Defined at"));
        pane.keys("q");
        assertThat(await(s -> s.contains("EXIT="))).contains("EXIT=0");
    }

    @Test
    void aDrillInARealTerminal() throws Exception {
        start(100);
        String first = await(s -> TIMER.matcher(s).find() && s.contains("What happens"));
        assertThat(first).contains("[1/1] demo-moe-collapse · moe · easy · 1:30", "What happens if nobody steers an MoE router");
        int before = seconds(first);
        String later = await(s -> seconds(s) >= before + 2);
        assertThat(lastNonBlankLine(later)).contains("/ 1:30", "hints 0/1");

        pane.type("Routing collapse onto a few experts; add a load balancing loss.", 2);
        String revealed = await(s -> s.contains("Rate it"));
        // Box drawing arrives as UTF-8, not as the DEC line-drawing set ("qq").
        assertThat(revealed).contains("── Model answer", "Key points: 2/2 covered (100%)");

        pane.keys("3");
        // The shell prints the terminal's modes after the exit status: wait for them too, whichever they are.
        String done = await(s -> s.contains("EXIT=") && s.lines().anyMatch(l -> l.equals("echo") || l.equals("-echo")));
        assertThat(done).contains("Rated Good", "Summary", "Answered 1", "EXIT=0");
        // The terminal is back in cooked mode with echo, as the shell left it.
        assertThat(done).containsPattern("(?m)^icanon$").containsPattern("(?m)^echo$");
    }

    /**
     * A pasted block that ends in a newline submits with one more Enter and keeps no blank line; a resize while
     * answering keeps the prompt and draws the input once; ':undo' at the next question takes the rating back.
     */
    @Test
    void aPasteAResizeAndAnUndoInARealTerminal() throws Exception {
        pane = TmuxPane.start(home, 100, 30, "./viva drill --no-builtin --bank src/test/resources/banks/sample.yaml --order bank"
                + "; ./viva history --answers --format csv | grep -c 'B starts at zero'; ./viva history --format csv | grep -c demo-lora-init"
                + "; echo EXIT=$?; sleep 600");
        await(s -> s.contains("LoRA") && s.lines().anyMatch(l -> l.startsWith(">")));
        pane.paste("B starts at zero\nA is random Gaussian\n");
        await(s -> s.contains("A is random Gaussian"));
        pane.resize(70);
        // The prompt stays on screen and the input is drawn once, however the terminal reflows what is above it.
        String resized = await(s -> s.lines().filter(l -> l.contains("A is random Gaussian")).count() == 1
                && s.contains("[1/2] demo-lora-init"));
        assertThat(resized.lines().filter(l -> l.contains("B starts at zero")).count()).as(resized).isEqualTo(1);
        assertThat(resized.lines().filter(l -> l.startsWith(">")).count()).as(resized).isLessThanOrEqualTo(3);
        pane.keys("Enter");
        await(s -> s.contains("Rate it"));
        pane.keys("a");
        await(s -> s.contains("What happens if nobody steers"));
        pane.type(":undo", 1);
        String undone = await(s -> s.contains("Took back the rating of demo-lora-init (Again)") && s.indexOf("Rate it") > s.indexOf("Took back"));
        assertThat(undone).contains("── Model answer");
        pane.keys("3");
        await(s -> s.contains("What happens if nobody steers") && s.lines().anyMatch(l -> l.startsWith(">")));
        pane.type("routing collapse", 2);
        await(s -> s.contains("Rate it") && s.contains("collapse"));
        pane.keys("3");
        String done = await(s -> s.contains("EXIT="));
        // The pasted answer kept (its two lines), and one attempt at the first question: the Again was taken back.
        assertThat(done).contains("Rated Good", "Answered 2").containsPattern("(?m)^1\\n1\\nEXIT=");
    }

    /**
     * ':edit' hands the terminal to the editor, here a script that reads one line from it as an editor reads
     * keys, and takes the answer back: the lines typed before it and the line typed in it are the answer kept.
     */
    @Test
    void editHandsTheTerminalToTheEditorAndTakesTheAnswerBack() throws Exception {
        Path editor = home.resolve("line-editor");
        Files.writeString(editor, "#!/bin/sh\nprintf 'EDITOR OPEN (%s lines): ' \"$(wc -l < \"$1\")\"\nIFS= read -r line\n"
                + "printf '%s\\n' \"$line\" >> \"$1\"\n");
        assertThat(editor.toFile().setExecutable(true)).isTrue();
        pane = TmuxPane.start(home, 100, 30, "EDITOR=" + editor + " ./viva drill --no-builtin --bank src/test/resources/banks/sample.yaml"
                + " -t moe; ./viva history --answers --format json | grep -F -c 'routing collapse\\nadd a load balancing loss'; echo EXIT=$?; sleep 600");
        await(s -> s.contains("What happens if nobody steers") && s.lines().anyMatch(l -> l.startsWith(">")));
        pane.type("routing collapse", 1);
        await(s -> s.contains("> routing collapse"));
        pane.type(":edit", 1);
        await(s -> s.contains("EDITOR OPEN (1 lines):"));
        pane.type("add a load balancing loss", 1);
        // The answer is printed line by line after the heading: wait for its last line, not only the heading.
        String back = await(s -> s.contains("Back from the editor")
                && s.substring(s.indexOf("Back from the editor")).contains("add a load balancing loss"));
        assertThat(back.substring(back.indexOf("Back from the editor"))).contains("routing collapse", "add a load balancing loss");
        pane.keys("Enter");
        String rate = await(s -> s.contains("Rate it"));
        assertThat(rate).contains("Key points: 2/2 covered");
        pane.keys("3");
        String done = await(s -> s.contains("EXIT="));
        // The history keeps both lines as one answer, its newline written as backslash-n in JSON.
        assertThat(done).contains("Rated Good").containsPattern("(?m)^1\\nEXIT=0");
    }

    /**
     * The built-in question with the longest id and tags, in a 100-column terminal: the drill's heading and a
     * mock interview's (with its clock) each keep to one row, the id whole, the tags given up first.
     */
    @Test
    void headingsFitOneRowOfAHundredColumns() throws Exception {
        String id = "frontier-deepseek-v3-low-precision-storage";
        // Ctrl-C reaches the whole foreground group, the shell too, whenever the terminal is not in viva's raw mode:
        // the shell catches it (its children still get the default), so that it goes on to the next command.
        pane = TmuxPane.start(home, 100, 30, "trap 'true' INT; ./viva drill " + id + " --lang en; ./viva mock --minutes 45 -n 1"
                + " -t parallelism --lang en --seed 3; echo EXIT=$?; sleep 600");
        String drill = await(s -> s.contains("[1/1] " + id) && s.contains("Type your answer"));
        String heading = drill.lines().filter(l -> l.startsWith("[1/1] " + id)).findFirst().orElseThrow();
        assertThat(heading).endsWith("4:00").doesNotContain("model-reports");
        String next = drill.lines().dropWhile(l -> !l.equals(heading)).skip(1).findFirst().orElseThrow();
        assertThat(next).as("the row after the heading is the prompt, not the heading's rest").startsWith("Beyond running");
        pane.keys("C-c");
        String mock = await(s -> s.contains("interview 45:00 left") || s.contains("interview 44:"));
        String mockHeading = mock.lines().filter(l -> l.startsWith("[1/1] ") && l.contains("interview")).findFirst().orElseThrow();
        assertThat(mockHeading.length()).isLessThan(100);
        pane.keys("C-c");
        await(s -> s.contains("EXIT="));
    }

    /**
     * Nineteen double-width characters after the two-column prompt fill a 40-column row exactly; JLine's
     * own display then wrote the last one twice (AnswerReader says why).
     */
    @Test
    void aChineseAnswerThatFillsARowShowsEachCharacterOnce() throws Exception {
        start(40, "--lang", "zh");
        // The prompt is drawn once JLine has the terminal in raw mode; keys sent before that are echoed by the tty.
        await(s -> s.contains("训练 MoE") && s.lines().anyMatch(l -> l.startsWith(">")));
        String typed = "一二三四五六七八九十".repeat(2) + "一二三";
        for (String c : typed.split("")) {
            // As UTF-8 bytes in hex: arguments to a process are encoded in the JVM's locale, which may be ASCII.
            List<String> keys = new ArrayList<>(List.of("-H"));
            for (byte b : c.getBytes(StandardCharsets.UTF_8)) {
                keys.add(String.format("%02x", b & 0xff));
            }
            pane.keys(keys.toArray(String[]::new));
        }
        // The whole answer is on screen once a row ends in its last four characters, with or without the bug.
        String screen = await(s -> s.lines().anyMatch(l -> l.matches("九?十一二三\\s*")));
        assertThat(screen).contains("> 一二三四五六七八九十一二三四五六七八九\n十一二三\n");

        pane.keys("Enter", "Enter");
        await(s -> s.contains("1 重来"));
        pane.keys("3");
        assertThat(await(s -> s.contains("EXIT="))).contains("EXIT=0");
    }

    private int seconds(String screen) {
        Matcher m = TIMER.matcher(screen);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        }
        return last;
    }

    private static String lastNonBlankLine(String screen) {
        List<String> lines = screen.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    private String await(Predicate<String> condition) throws Exception {
        return pane.await(condition);
    }
}
