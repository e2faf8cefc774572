package viva.bank;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.cli.Cli;
import viva.config.DataDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of parsed user banks serves a file only while it is the file that was parsed, and never fails a run. */
class BankCacheTest {
    @TempDir
    Path dir;
    private Path bank;
    private BankCache cache;

    @BeforeEach
    void writeABank() throws IOException {
        bank = dir.resolve("mine.yaml");
        Files.writeString(bank, "questions:\n" + BankGenerator.question("mine-a", 0) + BankGenerator.question("mine-b", 1));
        cache = BankCache.in(dir.resolve("cache"));
    }

    @Test
    void aSecondRunIsServedFromTheEntryWithTheQuestionsParsingGives() throws Exception {
        List<Question> parsed = Banks.check(BankFiles.read(bank)).questions();
        assertThat(load()).isEqualTo(parsed);
        assertThat(entries()).hasSize(1);
        assertThat(cache.lookup(source())).hasValue(parsed);
        assertThat(load()).isEqualTo(parsed);
    }

    @Test
    void anEditThatKeepsTheSizeAndSetsTheTimeBackIsSeenNeverTheOldQuestion() throws Exception {
        assertThat(prompt(load())).startsWith("Question 0.");
        long size = Files.size(bank);
        FileTime time = Files.getLastModifiedTime(bank);
        Files.writeString(bank, Files.readString(bank).replace("Question 0.", "Question 9."));
        Files.setLastModifiedTime(bank, time);
        assertThat(Files.size(bank)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(bank)).isEqualTo(time);
        assertThat(prompt(load())).startsWith("Question 9.");
        assertThat(cache.lookup(source())).hasValueSatisfying(questions -> assertThat(prompt(questions)).startsWith("Question 9."));
    }

    @Test
    void aDamagedEntryIsIgnoredAndWrittenAgain() throws Exception {
        List<Question> good = load();
        Path entry = entries().get(0);
        byte[] written = Files.readAllBytes(entry);
        int prompt = indexOf(written, "Question 1.".getBytes(StandardCharsets.UTF_8));
        byte[] otherQuestion = written.clone();
        otherQuestion[prompt + "Question ".length()] = '7'; // decodes fine, to a question that is not in the file
        List<byte[]> damaged = List.of(otherQuestion, Arrays.copyOf(written, written.length / 2), new byte[0],
                "not an entry at all".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            assertThat(cache.lookup(source())).isEmpty();
            assertThat(load()).isEqualTo(good);
            assertThat(Files.readAllBytes(entry)).isEqualTo(written);
        }
    }

    @Test
    void anEntryOfAnotherFormatIsIgnored() throws Exception {
        List<Question> good = load();
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        ByteBuffer.wrap(bytes).putInt(Integer.BYTES, 0); // the format's version, checksum made good again
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
        Files.write(entry, bytes);
        assertThat(cache.lookup(source())).isEmpty();
        assertThat(load()).isEqualTo(good);
    }

    @Test
    void anEntryWrittenForAnotherFileIsIgnored() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"), "questions:\n" + BankGenerator.question("other-a", 5));
        List<Question> good = load();
        Banks.load(BankFiles.read(other), s -> false, cache);
        Path mine = entries().stream().filter(e -> contains(e, "mine-a")).findFirst().orElseThrow();
        Path theirs = entries().stream().filter(e -> !e.equals(mine)).findFirst().orElseThrow();
        Files.copy(theirs, mine, StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache.lookup(source())).isEmpty();
        assertThat(load()).isEqualTo(good);
    }

    @Test
    void theSameFileUnderAnotherNameKeepsThatNameInItsLocations() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(bank);
        assertThat(load().get(0).source().file()).isEqualTo(bank.toString());
        List<Question> byRelativeName = Banks.load(BankFiles.read(relative), s -> false, cache).catalog().questions();
        assertThat(byRelativeName.get(0).source().file()).isEqualTo(relative.toString());
        assertThat(load().get(0).source().file()).isEqualTo(bank.toString());
    }

    @Test
    void aBankWithProblemsIsNotCachedAndItsProblemsAreFoundEachTime() throws Exception {
        Files.writeString(bank, Files.readString(bank).replace("difficulty: hard", "difficulty: tough"));
        List<Problem> first = Banks.check(BankFiles.read(bank), cache).problems();
        assertThat(first).extracting(Problem::toString).singleElement().asString().contains("difficulty 'tough' is not one of");
        assertThat(Banks.check(BankFiles.read(bank), cache).problems()).isEqualTo(first);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aCacheFolderThatCannotBeMadeCostsOnlyTheParsing() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the cache's folder would be");
        cache = BankCache.in(blocked.resolve("parsed-banks"));
        List<Question> parsed = Banks.check(BankFiles.read(bank)).questions();
        assertThat(load()).isEqualTo(parsed);
        assertThat(load()).isEqualTo(parsed);
    }

    @Test
    void anEntryIsMovedIntoPlaceAndTheTemporaryFilesOfKilledWritesAreSweptLater() throws Exception {
        load();
        Path entry = entries().get(0);
        Path abandoned = Files.writeString(dir.resolve("cache").resolve(entry.getFileName() + ".1.tmp"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(dir.resolve("cache").resolve(entry.getFileName() + ".2.tmp"), "half");
        Files.writeString(bank, Files.readString(bank).replace("Question 0.", "Question 0!"));
        load();
        assertThat(abandoned).doesNotExist();
        assertThat(writing).exists(); // another run may be writing it now
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).containsExactly(writing);
        }
    }

    @Test
    void listSeesABankEditedBetweenTwoRunsWithTheSameSizeAndTime() throws Exception {
        Path home = dir.resolve("home");
        Path mine = Files.createDirectories(home.resolve("banks")).resolve("mine.yaml");
        Files.copy(bank, mine);
        Cli.Result first = new Cli(home).run("list", "--no-builtin");
        assertThat(first.out()).contains("Question 0.").doesNotContain("Question 9.");
        FileTime time = Files.getLastModifiedTime(mine);
        Files.writeString(mine, Files.readString(mine).replace("Question 0.", "Question 9."));
        Files.setLastModifiedTime(mine, time);
        Cli.Result second = new Cli(home).run("list", "--no-builtin");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("Question 9.").doesNotContain("Question 0.");
        try (Stream<Path> entries = Files.list(home.resolve("cache").resolve("parsed-banks"))) {
            assertThat(entries).hasSize(1);
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenDoesNotFailTheCommand() throws Exception {
        Path home = dir.resolve("home");
        Files.copy(bank, Files.createDirectories(home.resolve("banks")).resolve("mine.yaml"));
        Files.writeString(home.resolve("cache"), "a file where the cache folder would be");
        for (int run = 0; run < 2; run++) {
            Cli.Result r = new Cli(home).run("list", "--no-builtin");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("mine-a", "mine-b");
        }
    }

    @Test
    void theCacheDirectoryIsInsideVivaHomeElseTheXdgCacheFolder() {
        assertThat(DataDir.cache(Map.of("VIVA_HOME", "/v", "XDG_CACHE_HOME", "/c", "HOME", "/h"))).isEqualTo(Path.of("/v/cache"));
        assertThat(DataDir.cache(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h"))).isEqualTo(Path.of("/c/viva"));
        assertThat(DataDir.cache(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/viva"));
    }

    @Test
    void aFileEditedBetweenItsReadingAndItsParsingIsParsedAsItIsNowAndCachedUnderTheStampOfThatText() throws Exception {
        Source read = source(); // stamped; its text is not kept
        Files.writeString(bank, Files.readString(bank).replace("Question 0.", "Question 8."));
        List<Question> loaded = Banks.load(List.of(read), s -> false, cache).catalog().questions();
        assertThat(prompt(loaded)).startsWith("Question 8.");
        assertThat(cache.lookup(read)).isEmpty(); // the old stamp vouches for nothing
        assertThat(cache.lookup(source())).hasValueSatisfying(questions -> assertThat(prompt(questions)).startsWith("Question 8."));
    }

    @Test
    void questionsFromAnEntryDecodeTheirTextsWhenAskedAndEqualTheParsedOnes() throws Exception {
        List<Question> parsed = Banks.check(BankFiles.read(bank)).questions();
        load();
        List<Question> cached = cache.lookup(source()).orElseThrow();
        assertThat(cached).isEqualTo(parsed).hasSameHashCodeAs(parsed);
        for (int i = 0; i < parsed.size(); i++) {
            Question p = parsed.get(i);
            Question c = cached.get(i);
            assertThat(c.texts()).isEqualTo(p.texts()).hasSameHashCodeAs(p.texts());
            assertThat(c.texts().keySet()).containsExactly(Lang.EN);
            assertThat(c.has(Lang.ZH)).isFalse();
            QuestionText text = c.text(Lang.ZH); // falls back to the language it has
            assertThat(text).isEqualTo(p.text(Lang.EN)).hasSameHashCodeAs(p.text(Lang.EN));
            assertThat(text.answer()).isEqualTo(p.text(Lang.EN).answer()).contains("tail latency");
            assertThat(text.points()).isEqualTo(p.text(Lang.EN).points()).hasSize(3);
            assertThat(text.hints()).containsExactly("Which number hides queueing?");
            assertThat(text.followups()).isEqualTo(p.text(Lang.EN).followups());
            assertThat(c.keywords(Lang.EN)).isEqualTo(p.keywords(Lang.EN));
        }
        // The prompt is kept as text, for list; the rest, most of a bank, is deflated until a drill asks for it.
        Path entry = entries().get(0);
        assertThat(contains(entry, "Question 1.")).isTrue();
        assertThat(contains(entry, "tail latency at the 99th percentile")).isFalse();
    }

    @Test
    void copiesOfOneJarShareTheirEntriesAndAnotherBuildHasItsOwn() throws Exception {
        Path jar = jar(dir.resolve("a/viva.jar"), "viva/bank/Banks.class", "one");
        Path copy = Files.createDirectories(dir.resolve("release/lib")).resolve("viva.jar");
        Files.copy(jar, copy);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        Path other = jar(dir.resolve("b/viva.jar"), "viva/bank/Banks.class", "two");
        assertThat(BankCache.contents(copy)).isEqualTo(BankCache.contents(jar));
        assertThat(BankCache.contents(other)).isNotEqualTo(BankCache.contents(jar));
    }

    @Test
    void aBuiltInBankInTheJarIsStampedFromItsEntryAndReadOnlyWhenItsTextIsWanted() throws Exception {
        String yaml = "questions:\n" + BankGenerator.question("jarred-a", 0);
        Path jar = jar(dir.resolve("viva.jar"), "questions/zz-jarred.yaml", yaml);
        try (JarFile file = new JarFile(jar.toFile())) {
            Source source = BankFiles.readJar(file).get(0);
            byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            assertThat(source.name()).isEqualTo("questions/zz-jarred.yaml");
            assertThat(source.stamp().size()).isEqualTo(bytes.length);
            assertThat(source.stamp().crc()).isEqualTo(crc.getValue());
            assertThat(source.text()).isEqualTo(yaml);
            assertThat(Banks.check(List.of(source)).questions()).extracting(Question::id).containsExactly("jarred-a");
        }
    }

    private static Path jar(Path file, String entry, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry(entry));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private List<Question> load() throws Exception {
        return Banks.load(BankFiles.read(bank), s -> false, cache).catalog().questions();
    }

    private Source source() throws IOException {
        return BankFiles.read(bank).get(0);
    }

    private List<Path> entries() throws IOException {
        Path folder = dir.resolve("cache");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().toList();
        }
    }

    private static String prompt(List<Question> questions) {
        return questions.get(0).text(Lang.EN).prompt();
    }

    private static boolean contains(Path file, String text) {
        try {
            return indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8)) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
