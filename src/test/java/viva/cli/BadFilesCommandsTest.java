package viva.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad files through the commands: one located line each, nothing that blocks, and a broken bank folder file never locks anyone out. */
class BadFilesCommandsTest {
    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");
    private static final Path FIXTURES = Path.of("src/test/resources/bad-files");
    /** A named pipe must never block a command: a bound that catches a hang, not a measure of speed (a busy CI box is slow). */
    private static final Duration AT_ONCE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Path fifo;

    @BeforeEach
    void makeAFifo() throws Exception {
        fifo = home.resolve("pipe.yaml");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        assertThat(fifo).exists();
    }

    private Cli cli() {
        return new Cli(home);
    }

    private Path config(String text) throws Exception {
        Path file = home.resolve("config/viva/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** cafe.yaml as a Latin-1 editor saves it: the é is the one byte E9. */
    private Path latin1Bank(Path where) throws Exception {
        byte[] utf8 = Files.readAllBytes(FIXTURES.resolve("cafe.yaml"));
        String text = new String(utf8, StandardCharsets.UTF_8);
        int at = text.indexOf('é');
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + 1).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xE9;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Files.createDirectories(where.getParent());
        return Files.write(where, bytes);
    }

    @Test
    void validateReportsABankThatIsNotUtf8AndGoesOnWithTheOthers() throws Exception {
        Path latin1 = latin1Bank(home.resolve("latin1.yaml"));
        Path broken = Files.writeString(home.resolve("broken.yaml"), Files.readString(Path.of(SAMPLE)).replace("difficulty: easy", "difficulty: easyy"));
        Cli.Result r = cli().run("validate", latin1.toString(), broken.toString(), FIXTURES.resolve("cafe.yaml").toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(latin1 + ":8:29: the file is not UTF-8: byte 0xE9 here does not belong to a UTF-8 character "
                + "(Latin-1 or another legacy encoding?); save it as UTF-8\n"
                + broken + ":45:17: difficulty 'easyy' is not one of easy, medium, hard (did you mean 'easy'?)\n"
                + "3 files: 2 problems\n");
        Cli.Result list = cli().run("list", "--bank", latin1.toString());
        assertThat(list.exit()).as("%s", list).isEqualTo(1);
        assertThat(list.err()).isEqualTo("viva: " + latin1 + ":8:29: the file is not UTF-8: byte 0xE9 here does not belong to a "
                + "UTF-8 character (Latin-1 or another legacy encoding?); save it as UTF-8\n");
    }

    @Test
    void specialFilesAreRefusedAtOnceFromEveryWayOfNamingABank() throws Exception {
        String refusal = ":1:1: is a named pipe (FIFO), not a regular file; a bank must be a regular file, and it was not read\n";
        assertTimeoutPreemptively(AT_ONCE, () -> {
            Cli.Result flag = cli().run("list", "--bank", fifo.toString());
            assertThat(flag.exit()).as("%s", flag).isEqualTo(1);
            assertThat(flag.err()).isEqualTo("viva: " + fifo + refusal);

            Cli.Result env = cli().env("VIVA_BANKS", fifo.toString()).run("tags");
            assertThat(env.exit()).as("%s", env).isEqualTo(1);
            assertThat(env.err()).isEqualTo("viva: " + fifo + refusal);

            config("banks: [" + fifo + "]\n");
            Cli.Result configured = cli().run("show", "demo-cafe");
            assertThat(configured.exit()).as("%s", configured).isEqualTo(1);
            assertThat(configured.err()).isEqualTo("viva: " + fifo + refusal);

            Cli.Result device = cli().run("validate", "/dev/zero", SAMPLE);
            assertThat(device.exit()).as("%s", device).isEqualTo(1);
            assertThat(device.out()).isEqualTo("/dev/zero:1:1: is a character device, not a regular file; a bank must be a regular "
                    + "file, and it was not read\n2 files: 1 problem\n");
        });
    }

    @Test
    void aBankOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = home.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024);
        }
        assertTimeoutPreemptively(AT_ONCE, () -> {
            Cli.Result r = cli().run("drill", "--bank", big.toString());
            assertThat(r.exit()).as("%s", r).isEqualTo(1);
            assertThat(r.err()).isEqualTo("viva: " + big + ":1:1: the file is 65.0 MiB; a bank may be at most 64 MiB: split it into "
                    + "several files in one folder and load the folder\n");
        });
    }

    @Test
    void aConfigurationFileThatIsNotAFileOrNotUtf8IsLocated() throws Exception {
        Path folder = Files.createDirectories(home.resolve("config/viva/config.yaml"));
        Cli.Result dir = cli().run("list");
        assertThat(dir.exit()).as("%s", dir).isEqualTo(1);
        assertThat(dir.err()).isEqualTo("viva: " + folder + ":1:1: is a folder; the configuration must be a regular file\n");
        Files.delete(folder);
        Files.write(folder, "count: 5\nlang: fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result latin1 = cli().run("list");
        assertThat(latin1.exit()).as("%s", latin1).isEqualTo(1);
        assertThat(latin1.err()).isEqualTo("viva: " + folder + ":2:11: the file is not UTF-8: byte 0xE7 here does not belong to a "
                + "UTF-8 character (Latin-1 or another legacy encoding?); save it as UTF-8\n");
        assertTimeoutPreemptively(AT_ONCE, () -> {
            Cli.Result pipe = cli().env("VIVA_CONFIG", fifo.toString()).run("list");
            assertThat(pipe.exit()).as("%s", pipe).isEqualTo(1);
            assertThat(pipe.err()).isEqualTo("viva: " + fifo + ":1:1: is a named pipe (FIFO), not a regular file; the configuration "
                    + "must be a regular file, and it was not read\n");
        });
    }

    @Test
    void aNulInAConfiguredPathIsALocatedConfigurationError() throws Exception {
        Path file = config("count: 5\nbanks: [\"notes\\0banks\"]\n");
        Cli.Result r = cli().run("list");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: " + file + ":2:9: banks: a path cannot contain a NUL character (\\0)\n");
        Files.delete(file);
        Cli.Result env = cli().env("VIVA_BANKS", "a\0b").run("list");
        assertThat(env.exit()).as("%s", env).isEqualTo(1);
        assertThat(env.err()).isEqualTo("viva: environment variable VIVA_BANKS: a path cannot contain a NUL character (\\0)\n");
    }

    @Test
    void anchorsAndYamlErrorsInTheConfigurationAreLocatedAsSnakeYamlPlacesThem() throws Exception {
        Path file = config("count: &n 5\nnew-per-day: *n\n");
        Cli.Result r = cli().run("config");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).isEqualTo(file + ":1:8: an anchor (&n) is not supported; write the value out where it is used\n"
                + file + ":2:14: an alias (*n) is not supported; write the value out in full\n2 problems in the configuration\n");
        config("count: 5\n\tlang: zh\n");
        assertThat(cli().run("list").err()).isEqualTo("viva: " + file + ":2:1: not valid YAML: found character '\\t(TAB)' that cannot "
                + "start any token. (Do not use \\t(TAB) for indentation)\n");
    }

    @Test
    void aBrokenFileInTheBankFolderIsSkippedWithOneWarningAndEveryCommandRunsOnTheRest() throws Exception {
        Path folder = Files.createDirectories(home.resolve("banks"));
        Files.copy(Path.of(SAMPLE), folder.resolve("good.yaml"));
        Path latin1 = latin1Bank(folder.resolve("latin1.yaml"));
        Path anchors = Files.copy(FIXTURES.resolve("anchors.yaml"), folder.resolve("anchors.yaml"));
        // A copy of a built-in question: its id clashes, so this file is the one that goes.
        Path twin = Files.writeString(folder.resolve("twin.yaml"), Files.readString(FIXTURES.resolve("cafe.yaml"))
                .replace("demo-cafe", "moe-routing-collapse"));
        Path pipe = Files.move(fifo, folder.resolve("pipe.yaml"));
        String warnings = "viva: warning: " + anchors + ":7:9: an anchor (&block) is not supported; write the value out where it is "
                + "used (and 1 more); skipped this file of your bank folder (see 'viva validate')\n"
                + "viva: warning: " + latin1 + ":8:29: the file is not UTF-8: byte 0xE9 here does not belong to a UTF-8 character "
                + "(Latin-1 or another legacy encoding?); save it as UTF-8; skipped this file of your bank folder (see 'viva validate')\n"
                + "viva: warning: " + pipe + ":1:1: is a named pipe (FIFO), not a regular file; a bank must be a regular file, and it was "
                + "not read; skipped this file of your bank folder (see 'viva validate')\n"
                + "viva: warning: " + twin + ":3:5: duplicate id 'moe-routing-collapse'; first defined at questions/moe.yaml:2:5 (ids "
                + "must be unique across all loaded banks); skipped this file of your bank folder (see 'viva validate')\n";
        assertTimeoutPreemptively(AT_ONCE, () -> {
            Cli.Result list = cli().run("list", "--format", "ids");
            assertThat(list.exit()).as("%s", list).isZero();
            assertThat(list.err()).isEqualTo(warnings);
            assertThat(list.out()).contains("demo-lora-init", "moe-routing-collapse").doesNotContain("demo-cafe", "demo-anchors");

            for (String[] command : new String[][] {{"tags"}, {"show", "demo-lora-init"}, {"due"}, {"export", "json"}, {"history"},
                    {"stats"}}) {
                Cli.Result r = cli().run(command);
                assertThat(r.exit()).as(String.join(" ", command)).isZero();
                assertThat(r.err()).as(String.join(" ", command)).isIn(warnings, "");
            }
            Cli.Result drill = cli().stdin("zero\n\ngood\n").run("drill", "-t", "lora", "-n", "1");
            assertThat(drill.exit()).as("%s", drill).isZero();
            assertThat(drill.err()).isEqualTo(warnings);
            assertThat(drill.out()).contains("Rated Good");

            Cli.Result validate = cli().run("validate");
            assertThat(validate.exit()).as("%s", validate).isEqualTo(1);
            assertThat(validate.out()).contains(anchors + ":7:9:", latin1 + ":8:29:", pipe + ":1:1:", twin + ":3:5:");
        });
    }

    @Test
    void aBankNamedWithTheFlagStillStopsTheCommand() throws Exception {
        Path anchors = FIXTURES.resolve("anchors.yaml");
        Cli.Result r = cli().run("list", "--bank", anchors.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: " + anchors + ":7:9: an anchor (&block) is not supported; write the value out where it "
                + "is used (and 1 more; run 'viva validate')\n");
    }

    @Test
    void aPastExamDateInTheConfigurationIsALocatedConfigurationError() throws Exception {
        Path file = config("count: 5\nexam-date: 2026-11-01\n");
        String past = ": exam-date: 2026-11-01 has passed; the interview date must be after today, 2026-11-23 (change it, or remove "
                + "the setting)\n";
        Cli.Result due = cli().run("due", "--no-builtin", "--bank", SAMPLE);
        assertThat(due.exit()).as("%s", due).isEqualTo(1);
        assertThat(due.err()).isEqualTo("viva: " + file + ":2:12" + past);
        Cli.Result drill = cli().run("drill", "--due", "--no-builtin", "--bank", SAMPLE);
        assertThat(drill.exit()).as("%s", drill).isEqualTo(1);
        assertThat(drill.err()).isEqualTo("viva: " + file + ":2:12" + past);
        Files.delete(file);
        Cli.Result env = cli().env("VIVA_EXAM_DATE", "2026-11-01").run("due", "--no-builtin", "--bank", SAMPLE);
        assertThat(env.err()).isEqualTo("viva: environment variable VIVA_EXAM_DATE" + past);
        // Given as a flag it is still a usage error of that flag.
        assertThat(cli().run("due", "--exam", "2026-11-01").err()).startsWith("viva: invalid value for option '--exam': 2026-11-01");
    }

    @Test
    void aDrillOfMoreQuestionsThanTheConfigurationAllowsIsRefusedLikeIt() {
        Cli.Result r = cli().run("drill", "-n", "100000");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).startsWith("viva: invalid value for option '--count': 100000 (it must be at most 1000, as for 'count' in "
                + "the configuration)\n");
        assertThat(cli().run("config", "-n", "1001").exit()).isEqualTo(2);
        assertThat(cli().stdin("").run("drill", "-n", "1000", "--no-builtin", "--bank", SAMPLE).exit()).isZero();
    }

    @Test
    void oneQuestionIsOneQuestion() throws Exception {
        Path one = Files.copy(FIXTURES.resolve("cafe.yaml"), home.resolve("one.yaml"));
        assertThat(cli().run("validate", one.toString()).out()).isEqualTo("1 file, 1 question: ok\n");
        assertThat(cli().run("tags", "--no-builtin", "--bank", one.toString()).out()).endsWith("1 tag, 1 question\n");
    }
}
