package viva.cli;

import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.term.Terminals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under surefire standard input is a pipe, so JLine cannot open a system terminal and viva falls back to a dumb
 * one: what JLine would warn about then must not reach stderr, and --debug says it once, in viva's words.
 */
class StrayWarningsTest {
    @TempDir
    Path home;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream realErr;

    @BeforeEach
    void listen() {
        // Every record that reaches the root logger would reach the JDK's console handler, that is stderr.
        recorder.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(recorder);
        realErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Terminals.fallback();
    }

    @AfterEach
    void stop() {
        System.setErr(realErr);
        Logger.getLogger("").removeHandler(recorder);
    }

    @Test
    void aDumbTerminalComesWithoutJlinesWarning() throws Exception {
        try (Terminal terminal = Terminals.system(StandardCharsets.UTF_8)) {
            assertThat(terminal.getType()).startsWith(Terminal.TYPE_DUMB);
        }
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
        assertThat(stderr()).isEmpty();
        assertThat(Terminals.fallback()).isPresent();
        assertThat(Terminals.fallback()).as("handed out once").isEmpty();
    }

    @Test
    void twoTerminalsAtOnceWarnNeither() throws Exception {
        try (Terminal first = Terminals.system(StandardCharsets.UTF_8); Terminal second = Terminals.system(StandardCharsets.UTF_8)) {
            // JLine allows one system terminal at a time: whichever of them is a dumb one was made quietly.
            assertThat(List.of(first.getType(), second.getType())).anyMatch(t -> t.startsWith(Terminal.TYPE_DUMB));
        }
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void atATerminalThatWillNotOpenDueIsCleanAndDebugSaysWhyOnce() {
        Run plain = run("due");
        assertThat(plain.exit).as("%s", plain).isZero();
        assertThat(plain.err).as("%s", plain).isEmpty();
        assertThat(plain.out).isNotEmpty();

        Run debug = run("due", "--debug");
        assertThat(debug.exit).as("%s", debug).isZero();
        assertThat(debug.err.lines()).as("%s", debug).singleElement().asString()
                .startsWith("viva: debug: could not open the terminal as a system terminal (")
                .endsWith("); using a dumb terminal instead");
        assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
        assertThat(stderr()).isEmpty();
    }

    /**
     * What reached the process's stderr. ArchUnit brings slf4j-api onto the test class path without a provider,
     * so sqlite-jdbc's first use prints SLF4J's notice about that; the jar has no slf4j, and sqlite-jdbc uses
     * java.util.logging there.
     */
    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("SLF4J")).collect(Collectors.joining("\n"));
    }

    private record Run(int exit, String out, String err) {
    }

    /** As a person at a terminal would run it: interactive, so viva opens the terminal for its width. */
    private Run run(String... args) {
        Map<String, String> env = Map.of("VIVA_HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "LANG", "en_US.UTF-8", "TZ", "UTC");
        Context context = new Context(env, new ByteArrayInputStream(new byte[0]),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
