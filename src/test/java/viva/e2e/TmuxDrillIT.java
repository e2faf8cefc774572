package viva.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real thing: ./viva drill in a tmux pane, read back with capture-pane. tmux must be installed
 * (.ci/run installs it); without it this test fails rather than skips.
 */
class TmuxDrillIT {
    private static final Pattern TIMER = Pattern.compile("(\\d+):(\\d\\d) / 1:30");

    @TempDir
    Path home;

    private final String session = "viva-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** A drill of the sample bank's MoE question in a pane {@code width} columns wide. */
    private void start(int width, String... options) throws Exception {
        String command = "./viva drill --no-builtin --bank src/test/resources/banks/sample.yaml -t moe " + String.join(" ", options)
                + "; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", String.valueOf(width), "-y", "30",
                "-c", Path.of("").toAbsolutePath().toString(), command);
    }

    @AfterEach
    void stop() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void aDrillInARealTerminal() throws Exception {
        start(100);
        String first = await(s -> TIMER.matcher(s).find() && s.contains("What happens"));
        assertThat(first).contains("[1/1] demo-moe-collapse · moe · easy · 1:30", "What happens if nobody steers an MoE router");
        int before = seconds(first);
        String later = await(s -> seconds(s) >= before + 2);
        assertThat(lastNonBlankLine(later)).contains("/ 1:30", "hints 0/1");

        tmux("send-keys", "-t", session, "-l", "Routing collapse onto a few experts; add a load balancing loss.");
        tmux("send-keys", "-t", session, "Enter");
        tmux("send-keys", "-t", session, "Enter");
        String revealed = await(s -> s.contains("Rate it"));
        // Box drawing arrives as UTF-8, not as the DEC line-drawing set ("qq").
        assertThat(revealed).contains("── Model answer", "Key points: 2/2 covered (100%)");

        tmux("send-keys", "-t", session, "3");
        String done = await(s -> s.contains("EXIT="));
        assertThat(done).contains("Rated Good", "Summary", "Answered 1", "EXIT=0");
        // The terminal is back in cooked mode with echo, as the shell left it.
        assertThat(done).containsPattern("(?m)^icanon$").containsPattern("(?m)^echo$");
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
            List<String> keys = new java.util.ArrayList<>(List.of("send-keys", "-t", session, "-H"));
            for (byte b : c.getBytes(StandardCharsets.UTF_8)) {
                keys.add(String.format("%02x", b & 0xff));
            }
            tmux(keys.toArray(String[]::new));
        }
        // The whole answer is on screen once a row ends in its last four characters, with or without the bug.
        String screen = await(s -> s.lines().anyMatch(l -> l.matches("九?十一二三\\s*")));
        assertThat(screen).contains("> 一二三四五六七八九十一二三四五六七八九\n十一二三\n");

        tmux("send-keys", "-t", session, "Enter");
        tmux("send-keys", "-t", session, "Enter");
        await(s -> s.contains("1 again"));
        tmux("send-keys", "-t", session, "3");
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

    /** Polls the pane until the condition holds; the first build may run inside ./viva, so allow time. */
    private String await(Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", session);
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the pane never showed what was expected:\n" + screen);
    }

    /** The first call starts the tmux server, and the pane's shell inherits the server's environment. */
    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", "viva-it"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildEnvironment.reset(builder.environment(), home);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || (p.exitValue() != 0 && !args[0].equals("kill-session"))) {
            throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
