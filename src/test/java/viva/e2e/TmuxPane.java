package viva.e2e;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One tmux pane running a shell command in the project folder, read back with capture-pane. tmux must be
 * installed (.ci/run installs it); without it the tests that use a pane fail rather than skip.
 */
final class TmuxPane implements AutoCloseable {
    private final Path home;
    private final String session = "viva-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    private TmuxPane(Path home) {
        this.home = home;
    }

    /** A pane {@code width} columns wide and 30 rows high, whose children see {@link ChildEnvironment}. */
    static TmuxPane start(Path home, int width, String command) throws IOException, InterruptedException {
        return start(home, width, 30, command);
    }

    static TmuxPane start(Path home, int width, int height, String command) throws IOException, InterruptedException {
        TmuxPane pane = new TmuxPane(home);
        // A pane whose command ends early stays on screen, dead, with what it printed: a failure shows why, where an
        // ended server would only say "no server running". The idle session keeps the server up meanwhile.
        pane.tmux("new-session", "-d", "-s", "idle", "sleep 86400");
        pane.tmux("set-option", "-g", "remain-on-exit", "on");
        pane.tmux("new-session", "-d", "-s", pane.session, "-x", String.valueOf(width), "-y", String.valueOf(height),
                "-c", Path.of("").toAbsolutePath().toString(), command);
        return pane;
    }

    /** Text typed as it is, then Enter once per {@code enters}. */
    void type(String text, int enters) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
        for (int i = 0; i < enters; i++) {
            keys("Enter");
        }
    }

    /** Text pasted as a terminal pastes it: in one piece, bracketed when the program asked for that. */
    void paste(String text) throws IOException, InterruptedException {
        tmux("set-buffer", "-b", session, text);
        tmux("paste-buffer", "-p", "-d", "-b", session, "-t", session);
    }

    /** The window made {@code width} columns wide, as when a person drags the terminal's edge. */
    void resize(int width) throws IOException, InterruptedException {
        tmux("resize-window", "-t", session, "-x", String.valueOf(width));
    }

    /** Keys by tmux's names ("Enter", "C-c") or as given, with {@code -H} as the first: bytes in hex. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** Polls the pane until the condition holds; the first build may run inside ./viva, so allow time. */
    String await(Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the pane never showed what was expected:\n" + screen);
    }

    /** An interrupt while tmux ends the session is kept for the caller, not thrown from try-with-resources. */
    @Override
    public void close() throws IOException {
        try {
            tmux("kill-server");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while ending the tmux session " + session);
        }
    }

    /**
     * Each pane has a tmux server of its own, started by its first call, whose environment its shell inherits. A
     * server shared between tests exits when its last session is killed, and the next test's session could land
     * on it as it went ("no server running" in the middle of a test).
     */
    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", session));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildEnvironment.reset(builder.environment(), home);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || (p.exitValue() != 0 && !args[0].equals("kill-server"))) {
            throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
