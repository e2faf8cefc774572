package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bank or an answer contains is shown, never executed (issue 10): a bank whose text sets the
 * window title, clears the screen, writes the clipboard (OSC 52), rings the bell and reverses the text
 * (U+202E), and an answer typed with the same, go through every command and every report format. None
 * of those characters reaches the output raw; each is there in its visible form. Colour is off (the
 * output is not a terminal), so viva itself writes no escape code either.
 */
class ShownNotExecutedTest {
    private static final String BANK = Cli.fixture("hostile/hostile.yaml");
    private static final String[] FROM_BANK = {"--no-builtin", "--bank", BANK};

    /** C0 controls but tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates. */
    private static final Pattern RAW = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");

    private static final String TYPED = "my answer \u001b]0;pwned\u0007 clears \u001b[2J copies \u001b]52;c;SGVsbG8=\u0007"
            + " rings \u0007 flips \u202Egpj.exe csi \u009b2J";
    private static final String TYPED_SHOWN = "my answer ^[]0;pwned^G clears ^[[2J copies ^[]52;c;SGVsbG8=^G"
            + " rings ^G flips <U+202E>gpj.exe csi <U+009B>2J";

    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC");
    }

    private Cli.Result run(String... args) {
        Cli.Result r = cli().run(args);
        assertInert(String.join(" ", args), r);
        return r;
    }

    private static String[] withBank(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(FROM_BANK));
        return all.toArray(String[]::new);
    }

    private static void assertInert(String what, Cli.Result r) {
        assertInert(what + " (stdout)", r.out());
        assertInert(what + " (stderr)", r.err());
    }

    private static void assertInert(String what, String text) {
        Matcher raw = RAW.matcher(text);
        if (raw.find()) {
            int at = raw.start();
            throw new AssertionError(what + ": raw U+" + String.format("%04X", (int) text.charAt(at)) + " at " + at + " in:\n"
                    + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
        }
    }

    /** One drill over the line protocol, with the hostile answer typed. */
    @BeforeEach
    void drillWithAHostileAnswer() {
        Cli.Result r = cli().clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin(TYPED + "\n\ngood\n").run(withBank("drill"));
        assertInert("drill", r);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("What does this prompt do? ^[]0;title^G It sets the title ^[[2J and clears the screen.",
                "It writes the clipboard ^[]52;c;SGVsbG8=^G and rings the bell ^G", "<U+202E>evil.exe", "<U+202E>gpj.exe",
                "the clipboard ^[]52;c;SGVsbG8=^G", "a follow-up that clears ^[[2J", "Title ^[]0;owned^G of a paper", "Rated Good");
    }

    @Test
    void showAndListShowTheBanksControlCharacters() throws Exception {
        assertThat(run(withBank("show", "hostile-escapes")).out()).contains(
                "What does this prompt do? ^[]0;title^G It sets the title ^[[2J",
                "It writes the clipboard ^[]52;c;SGVsbG8=^G and rings the bell ^G; bidi raw: <U+202E>evil.exe",
                "DEL^? C1<U+009B> NUL^@.", "a hint that rings ^G", "Refs: Title ^[]0;owned^G of a paper (2021)");
        assertThat(run(withBank("show", "hostile-escapes", "--lang", "zh")).out()).contains("这个问题会设置标题 ^[]0;title^G 吗?", "提示 ^[[2J");
        assertThat(run(withBank("list")).out()).contains("hostile-escapes  hostile  easy     1:00  What does this prompt do? ^[]0;title^G It sets");
        run(withBank("list", "--format", "ids"));
        run(withBank("tags"));
        run(withBank("validate"));
        run(withBank("due"));
        run(withBank("export", "anki"));
        Path cards = home.resolve("cards\u0007.txt");
        assertThat(run(withBank("export", "anki", "-o", cards.toString())).err()).contains("cards^G.txt");
        assertInert("export anki -o", Files.readString(cards));
    }

    @Test
    void aBankFileNamedWithAnEscapeIsNotOfferedForCompletion() throws Exception {
        Files.createDirectories(home.resolve("banks"));
        Files.copy(Path.of(BANK), home.resolve("banks/hostile.yaml"));
        Files.copy(Path.of(BANK), home.resolve("banks/x\u001b]0;t\u0007.yaml"));
        Cli.Result r = run("__complete", "banks", "--", "export", "json", "--no-builtin", "");
        assertThat(r.out()).isEqualTo(home.resolve("banks/hostile.yaml") + "\n");
    }

    @Test
    void jsonKeepsTheTextExactlyAsEscapes() throws Exception {
        String list = run(withBank("list", "--format", "json")).out();
        assertThat(list).contains("\\u001B]0;title\\u0007");
        String history = run("history", "--format", "json").out();
        assertThat(history).contains("\\u001B]52;c;SGVsbG8=\\u0007", "\\u202E", "\\u009B");
        assertThat(new ObjectMapper().readTree(history).get(0).get("answer").asText()).isEqualTo(TYPED);
        JsonNode report = new ObjectMapper().readTree(run("report", "--format", "json", "--answers").out());
        assertThat(report.at("/attempts/0/answer").asText()).isEqualTo(TYPED);
        JsonNode export = new ObjectMapper().readTree(run(withBank("export", "json")).out());
        assertThat(export.toString()).contains("\\u001B]0;title\\u0007");
    }

    @Test
    void aTypedAnswerIsShownByHistoryAndEveryReport() throws Exception {
        // The same bank under a file name that holds an escape too: reports name the bank of each question.
        Path renamed = Files.copy(Path.of(BANK), home.resolve("bank\u001b]0;t\u0007.yaml"));
        assertInert("second drill", cli().stdin("\ngood\n").run("drill", "--no-builtin", "--bank", renamed.toString()));
        assertThat(run("history", "--answers").out()).contains("    " + TYPED_SHOWN);
        run("history");
        run("stats");
        assertThat(run("history", "--format", "csv").out()).contains(TYPED_SHOWN);
        assertThat(run("report", "--answers").out()).contains("```text\n" + TYPED_SHOWN + "\n```", "bank^\\[\\]0;t^G.yaml");
        assertThat(run("report", "--format", "csv", "--answers").out()).contains(TYPED_SHOWN);
        assertThat(run("report", "--format", "html", "--answers").out())
                .contains("<pre>my answer ^[]0;pwned^G clears ^[[2J copies ^[]52;c;SGVsbG8=^G rings ^G flips &lt;U+202E&gt;gpj.exe");
        for (String format : List.of("md", "html", "csv", "json")) {
            Path file = home.resolve("report\u001b[2J." + format);
            assertThat(run("report", "--format", format, "--answers", "-o", file.toString()).err()).contains("report^[[2J." + format);
            assertInert("report --format " + format + " -o", Files.readString(file));
        }
    }

    @Test
    void aMockInterviewShowsThemToo() {
        Cli.Result r = run(withBank("mock", "--minutes", "5", "--seed", "1"));
        assertThat(r.exit()).as("%s", r).isZero();
        Cli.Result typed = cli().stdin(TYPED + "\n\ngood\n").run(withBank("mock", "--minutes", "5", "--seed", "1"));
        assertInert("mock", typed);
        assertThat(typed.out()).contains("^[]0;title^G", "Rated Good");
    }

    @Test
    void validateWarnsAboutEachControlCharacterWhereItIsAndStillSaysOk() throws Exception {
        Cli.Result r = run("validate", "--no-keyword-lint", BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains(
                BANK + ":9:23: warning: \"\\e\" writes control character U+001B ESCAPE; viva shows it as ^[\n",
                BANK + ":12:52: warning: \"\\a\" writes control character U+0007 BEL; viva shows it as ^G\n",
                BANK + ":13:92: warning: control character U+202E RIGHT-TO-LEFT OVERRIDE in the file; viva shows it as <U+202E>\n")
                .endsWith("1 file, 1 question: ok, 24 warnings\n");
        // Warnings alone never fail the check; a problem still does, and both are counted.
        Cli.Result both = run("validate", "--no-keyword-lint", BANK, Cli.fixture("invalid/unknown-key.yaml"));
        assertThat(both.exit()).as("%s", both).isEqualTo(1);
        assertThat(both.out()).endsWith("2 files: 1 problem, 24 warnings\n");
    }

    @Test
    void errorsShowWhatTheyQuote() throws Exception {
        assertThat(run(withBank("show", "x\u001b]0;t\u0007")).err()).isEqualTo("viva: no question with id 'x^[]0;t^G'; see 'viva list --format ids'\n");
        assertThat(run(withBank("drill", "-t", "\u001b[2J")).err()).startsWith("viva: unknown tag '^[[2J'");
        assertThat(run("list", "--color", "\u001b[2J").err()).startsWith("viva: invalid value for option '--color': '^[[2J'");
        assertThat(run("\u001b]0;t\u0007").err()).startsWith("viva: unmatched argument at index 0: '^[]0;t^G'");
        assertThat(run("list", "--bank", home.resolve("no\u001b[2J").toString()).err()).contains("no^[[2J: no such file or folder");
        assertThat(run("list", "--bank", BANK, "--debug", "--bank", home.resolve("no\u001b[2J").toString()).err()).contains("no^[[2J");

        Path folder = Files.createDirectories(home.resolve("shared"));
        Files.copy(Path.of(Cli.fixture("invalid/unknown-key.yaml")), folder.resolve("bad\u001b]0;t\u0007.yaml"));
        assertThat(run("list", "--bank", folder.toString()).err()).startsWith("viva: " + folder + "/bad^[]0;t^G.yaml:3:5: unknown key");
        assertThat(run("validate", folder.toString()).out()).startsWith(folder + "/bad^[]0;t^G.yaml:3:5: unknown key");

        assertThat(cli().env("VIVA_LANG", "\u001b[2J").run("list").err()).contains("'^[[2J' is not one of en, zh");
        Cli.Result config = cli().env("VIVA_BANKS", home.resolve("b\u001b[2J").toString()).run("config");
        assertInert("config", config);
        assertThat(config.out()).contains("b^[[2J");
    }
}
