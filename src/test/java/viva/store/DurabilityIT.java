package viva.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import viva.e2e.ChildEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise "nothing rated is lost", tested on the real program: the shaded jar runs a drill over a
 * pipe, two answers are rated, the process is killed with SIGKILL while the third is being typed,
 * and a fresh process finds both attempts in the history.
 */
class DurabilityIT {
    private static final Path JAR = Path.of("target/viva.jar");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void twoRatedAnswersSurviveKillNine() throws Exception {
        Drill drill = new Drill(start("drill", "--order", "bank", "-n", "3", "--lang", "en"));
        drill.await("[1/3]");
        drill.send("the typed answer that must survive\n\n");
        drill.await("Rate it");
        drill.send("3\n");
        drill.await("[2/3]");
        drill.send("\n");
        drill.awaitCount("Rate it", 2);
        drill.send("2\n");
        drill.await("[3/3]");
        drill.send("half of an answer still being typed\n");

        // On Linux, destroyForcibly is SIGKILL: no shutdown hook, no finally block, nothing flushed.
        drill.process.destroyForcibly();
        assertThat(drill.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(drill.process.exitValue()).isEqualTo(137);

        JsonNode history = history();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("answer").asText()).isEqualTo("the typed answer that must survive");
        assertThat(history.get(1).get("rating").asInt()).isEqualTo(3);
        assertThat(history.get(0).get("answer").isNull()).isTrue();
        assertThat(history.get(0).get("rating").asInt()).isEqualTo(2);
        assertThat(history.toString()).doesNotContain("half of an answer");
    }

    @Test
    void twoDrillsAtOnceBothKeepAllTheirAttempts() throws Exception {
        Drill first = new Drill(start("drill", "--order", "bank", "-n", "2", "--lang", "en"));
        Drill second = new Drill(start("drill", "--order", "bank", "-n", "2", "--lang", "en"));
        first.await("[1/2]");
        second.await("[1/2]");
        // Interleaved: each rating is written while the other drill has its history open too.
        for (Drill d : List.of(first, second)) {
            d.send("answer one\n\ngood\n");
        }
        first.await("[2/2]");
        second.await("[2/2]");
        for (Drill d : List.of(second, first)) {
            d.send("answer two\n\nhard\n");
        }
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process.exitValue()).isZero();
        assertThat(second.process.exitValue()).isZero();

        JsonNode history = history();
        assertThat(history).hasSize(4);
        List<Long> sessions = new ArrayList<>();
        history.forEach(a -> sessions.add(a.get("session").asLong()));
        assertThat(sessions).containsOnly(1L, 2L);
        assertThat(sessions.stream().filter(s -> s == 1L).count()).isEqualTo(2);
    }

    private JsonNode history() throws Exception {
        Process p = start("history", "--format", "json", "--limit", "0");
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    private Process start(String... args) throws IOException {
        assertThat(JAR).as("the shaded jar; run 'mvn verify', which packages it first").exists();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildEnvironment.reset(builder.environment(), home);
        Process p = builder.start();
        started.add(p);
        return p;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A running drill: its output read as it comes, its input written a line at a time. */
    private static final class Drill {
        final Process process;
        private final StringBuffer output = new StringBuffer();

        Drill(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> copy(process.getInputStream()), "drill-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }

        void send(String text) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        void await(String text) throws InterruptedException {
            awaitCount(text, 1);
        }

        void awaitCount(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (count(output.toString(), text) < times) {
                if (System.nanoTime() > deadline || !process.isAlive() && count(output.toString(), text) < times) {
                    throw new AssertionError("waited for '" + text + "' x" + times + "; the drill printed:\n" + output);
                }
                Thread.sleep(20);
            }
        }

        private static int count(String haystack, String needle) {
            int n = 0;
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                n++;
            }
            return n;
        }
    }
}
