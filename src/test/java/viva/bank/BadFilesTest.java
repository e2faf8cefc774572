package viva.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files that are not banks at all, or not YAML a bank may use: each gets one located problem, with
 * SnakeYAML's own position and cause, and nothing is read that could block or never end.
 */
class BadFilesTest {
    static final Path FIXTURES = Path.of("src/test/resources/bad-files");
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    static String cafe() throws Exception {
        return Files.readString(FIXTURES.resolve("cafe.yaml"));
    }

    /** cafe.yaml with its 'é' (UTF-8 C3 A9) written as the Latin-1 byte E9, as a Latin-1 editor saves it. */
    static byte[] latin1Cafe() throws Exception {
        byte[] utf8 = cafe().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == (byte) 0xC3 && utf8[i + 1] == (byte) 0xA9) {
                out.write(0xE9);
                i++;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private List<String> problems(Path file) throws Exception {
        return Banks.check(BankFiles.read(file)).problems().stream().map(Problem::toString).toList();
    }

    private List<String> problems(String name, String text) {
        return Banks.check(List.of(new Source(name, text))).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theFixtureIsAGoodBank() throws Exception {
        assertThat(problems(FIXTURES.resolve("cafe.yaml"))).isEmpty();
    }

    @Test
    void aLatin1BankNamesTheLineAndColumnOfItsFirstBadByte() throws Exception {
        Path file = Files.write(dir.resolve("latin1.yaml"), latin1Cafe());
        assertThat(problems(file)).containsExactly(file + ":8:29: the file is not UTF-8: byte 0xE9 here does not belong to a "
                + "UTF-8 character (Latin-1 or another legacy encoding?); save it as UTF-8");
    }

    @Test
    void aUtf16BankIsNamedAsSuch() throws Exception {
        Path withMark = Files.write(dir.resolve("utf16.yaml"), cafe().getBytes(StandardCharsets.UTF_16));
        assertThat(problems(withMark)).containsExactly(withMark
                + ":1:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        // Without a byte order mark, ASCII in UTF-16 is valid UTF-8 with a NUL after every character.
        Path without = Files.write(dir.resolve("utf16le.yaml"), cafe().getBytes(StandardCharsets.UTF_16LE));
        assertThat(problems(without)).containsExactly(without + ":1:2: the file is not UTF-8 text: a NUL byte here "
                + "(is it UTF-16? save it as UTF-8)");
    }

    @Test
    void randomBytesAreLocatedAtTheFirstByteThatIsNotUtf8() throws Exception {
        Random random = new Random(10);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + random.nextInt(400)];
            random.nextBytes(bytes);
            Source source = TextFiles.decode("noise.yaml", bytes);
            if (source.readable()) {
                continue;
            }
            refused++;
            // Java's own decoder puts U+FFFD for the first bad byte; a NUL before it is named first.
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int nul = lenient.indexOf('\0');
            int bad = lenient.indexOf('\uFFFD');
            int first = nul >= 0 && nul < bad ? nul : bad;
            assertThat(source.refused().at()).isEqualTo(Positions.locate("noise.yaml", lenient, first));
            assertThat(source.refused().message()).startsWith(first == nul ? "the file is not UTF-8 text: a NUL byte here"
                    : "the file is not UTF-8: byte 0x");
        }
        assertThat(refused).isGreaterThan(150);
    }

    @Test
    void aNulIsReportedWhereItIsNotAtTheStart() throws Exception {
        List<String> lines = new ArrayList<>(cafe().lines().toList());
        String line = lines.get(16);
        lines.set(16, line.substring(0, 17) + "\0" + line.substring(17));
        assertThat(problems("nul.yaml", String.join("\n", lines))).containsExactly("nul.yaml:17:18: not valid YAML: special "
                + "characters are not allowed (U+0000, a NUL byte: is the file UTF-16? save it as UTF-8)");
    }

    @Test
    void aTabKeepsSnakeYamlsPositionAndCause() throws Exception {
        assertThat(problems(FIXTURES.resolve("tab.yaml"))).containsExactly(FIXTURES.resolve("tab.yaml") + ":3:1: not valid YAML: "
                + "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void anchorsAndAliasesAreRefusedWhereTheyAre() throws Exception {
        Path file = FIXTURES.resolve("anchors.yaml");
        assertThat(problems(file)).containsExactly(
                file + ":7:9: an anchor (&block) is not supported; write the value out where it is used",
                file + ":15:9: an alias (*block) is not supported; write the value out in full");
        // The case that was silently wrong: a prompt that reads as the alias's name.
        String text = cafe().replace("tags: [demo]", "tags: [&p demo]").replace("prompt: Why does", "prompt: *p\n      x: Why does");
        assertThat(problems("alias.yaml", text)).containsExactly(
                "alias.yaml:4:12: an anchor (&p) is not supported; write the value out where it is used",
                "alias.yaml:8:15: an alias (*p) is not supported; write the value out in full");
    }

    @Test
    void otherYamlABankCannotMeanIsLocatedToo() throws Exception {
        assertThat(problems("two.yaml", cafe() + "---\nquestions: []\n")).containsExactly(
                "two.yaml:23:1: a second YAML document starts here; the file must hold one");
        assertThat(problems("key.yaml", "questions:\n  - ? [id]\n    : x\n")).containsExactly(
                "key.yaml:2:7: a key must be a plain value, not a list");
        assertThat(problems("deep.yaml", "questions: " + "[".repeat(100_000))).containsExactly(
                "deep.yaml:1:61: nested more than 50 levels deep");
        assertThat(problems("deep.yaml", "- ".repeat(100_000))).containsExactly("deep.yaml:1:101: nested more than 50 levels deep");
    }

    @Test
    void specialFilesAreRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        assertThat(fifo).exists();
        Path socket = dir.resolve("socket.yaml");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertTimeoutPreemptively(AT_ONCE, () -> {
                assertThat(problems(fifo)).containsExactly(fifo + ":1:1: is a named pipe (FIFO), not a regular file; a bank "
                        + "must be a regular file, and it was not read");
                assertThat(problems(Path.of("/dev/zero"))).containsExactly("/dev/zero:1:1: is a character device, not a regular "
                        + "file; a bank must be a regular file, and it was not read");
                assertThat(problems(socket)).containsExactly(socket + ":1:1: is a socket, not a regular file; a bank must be a "
                        + "regular file, and it was not read");
                // In a folder, a special file named like a bank is refused by name, not passed over.
                Files.writeString(dir.resolve("good.yaml"), cafe());
                assertThat(problems(dir)).containsExactly(
                        dir + "/fifo.yaml:1:1: is a named pipe (FIFO), not a regular file; a bank must be a regular file, and it was not read",
                        dir + "/socket.yaml:1:1: is a socket, not a regular file; a bank must be a regular file, and it was not read");
            });
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(BankFiles.LIMIT + 5L * 1024 * 1024 / 2); // sparse: nothing is written, and nothing should be read
        }
        assertTimeoutPreemptively(AT_ONCE, () -> assertThat(problems(big)).containsExactly(big + ":1:1: the file is 66.5 MiB; a bank "
                + "may be at most 64 MiB: split it into several files in one folder and load the folder"));
        Path justUnder = Files.writeString(dir.resolve("under.yaml"), cafe() + "#".repeat(TextFiles.LIMIT - cafe().getBytes(StandardCharsets.UTF_8).length));
        assertThat(Files.size(justUnder)).isEqualTo(TextFiles.LIMIT);
        assertThat(problems(justUnder)).isEmpty();
    }
}
