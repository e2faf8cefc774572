package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Problem;
import viva.bank.Source;
import viva.bank.TextFiles;
import viva.config.Configs;
import viva.config.Template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutation fuzzing of the bank loader and the configuration loader. Inputs are pieces of the built-in
 * banks and of the configuration template, changed a few bytes or tokens at a time by a seeded generator,
 * so a run is repeatable: {@code -Dviva.fuzz.seed=N -Dviva.fuzz.inputs=N} try others. Every input must end
 * as "ok" or as problems that are each one line {@code file:line:col: message} inside the file, in at most
 * {@link #PER_INPUT} of processor time (wall time would fail on a busy machine; {@link #HANG} of it is a hang);
 * one in {@link #THROUGH_THE_CLI} also goes through the command line as the launcher runs it: named with --bank,
 * exit 0, or exit 1 with one located line; in the user's bank folder, exit 0 with at most one located warning. An input that fails is saved under target/fuzz-failures to replay.
 */
class LoaderFuzzTest {
    private static final long SEED = Long.getLong("viva.fuzz.seed", 0x5EED10L);
    private static final int INPUTS = Integer.getInteger("viva.fuzz.inputs", 12_000);
    /** One in this many inputs runs through the command line too; each such run builds the whole command tree. */
    private static final int THROUGH_THE_CLI = 100;
    private static final long PER_INPUT = TimeUnit.SECONDS.toMillis(2);
    private static final long HANG = TimeUnit.SECONDS.toMillis(20);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] TOKENS = {": ", "- ", "-", ":", "[", "]", "{", "}", ",", "&a ", "*a", "&", "*", "!!binary ",
            "!!str ", "!tag ", "? ", "---\n", "...\n", "\t", "'", "\"", "|", "|-\n", ">", "#", "%YAML 1.1\n", "%TAG ! !x\n",
            "\\0", "\\x", "\\u", "\"\\uD800\"", "<<: ", "\r", "\r\n", "\n", "\n\n", "\u0085", "\u2028", "\ufeff", "\u202e",
            "\u001b]0;x\u0007", "\u0000", "\ud83d\ude00", "中文", "~", "null", "", "  ", "questions:", "id: x", "tags: [a]",
            "time: 99h", "time: 0s", "difficulty: hard", "en:", "zh:", "points:", "keywords: []", "year: 99999999999999999999",
            "1e400", "2026-02-30", "banks: [.]", "banks: \"a\\0b\"", "count: 0", "exam-date: 2000-01-01", "lang: zh"};
    private static final int[] BYTES = {0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0xA0, 0xC0, 0xC3, 0xE2, 0xE9, 0xED,
            0xEF, 0xF0, 0xFE, 0xFF, ':', '-', '[', '{', '&', '*', '!', '|', '>', '#', '"', '\'', '%', '@', '`', '?', ',', ' '};

    @TempDir
    Path home;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private volatile int refused;
    private volatile int throughTheCli;
    private volatile long slowest;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void everyMutatedBankAndConfigurationIsOkOrOneLocatedLinePerProblem() throws Exception {
        List<byte[]> banks = bankCorpus();
        List<byte[]> configs = configCorpus();
        Path bankFile = home.resolve("fuzz.yaml");
        Path configFile = Files.createDirectories(home.resolve("config/viva")).resolve("config.yaml");
        ExecutorService worker = Executors.newSingleThreadExecutor();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < INPUTS; i++) {
                boolean config = i % 3 == 2;
                List<byte[]> corpus = config ? configs : banks;
                byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), corpus);
                boolean cli = i % THROUGH_THE_CLI == 0;
                int n = i;
                Future<List<String>> outcome = worker.submit(() -> {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    List<String> found = new ArrayList<>(config ? checkConfig(input, configFile, cli) : checkBank(input, bankFile, cli));
                    long ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                    slowest = Math.max(slowest, ms);
                    if (ms > PER_INPUT) {
                        found.add("took " + ms + " ms of processor time");
                    }
                    return found;
                });
                List<String> wrong;
                try {
                    wrong = outcome.get(HANG, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                    wrong = List.of("still running after " + HANG + " ms");
                } catch (ExecutionException e) {
                    StringWriter trace = new StringWriter();
                    e.getCause().printStackTrace(new PrintWriter(trace));
                    wrong = List.of("threw " + trace);
                }
                if (!wrong.isEmpty()) {
                    fail(n, config, input, wrong);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("loader fuzz: seed %d, %d inputs (%d through the command line), %d with problems, "
                + "%d failures, slowest %d ms of processor time, %d s in all%n", SEED, INPUTS, throughTheCli, refused, failures.size(), slowest, seconds);
        assertThat(failures).as("inputs that ended otherwise than ok or located one-line problems").isEmpty();
    }

    /** The built-in banks cut into one or two questions each (small inputs mutate to more kinds of file), and the fixtures. */
    private static List<byte[]> bankCorpus() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (Source bank : BankFiles.builtin()) {
            List<String> lines = bank.text().lines().toList();
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("  - id:")) {
                    starts.add(i);
                }
            }
            starts.add(lines.size());
            for (int q = 0; q + 1 < starts.size(); q++) {
                int end = starts.get(Math.min(q + 1 + q % 2, starts.size() - 1));
                corpus.add(("questions:\n" + String.join("\n", lines.subList(starts.get(q), end)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        for (String fixture : List.of("banks/sample.yaml", "bad-files/cafe.yaml", "bad-files/anchors.yaml")) {
            corpus.add(Files.readAllBytes(Path.of("src/test/resources", fixture)));
        }
        return corpus;
    }

    /** The template as written, with every setting uncommented, and a few shapes it does not show. */
    private static List<byte[]> configCorpus() {
        String template = Template.text();
        String set = template.replaceAll("(?m)^#(?=[a-z])", "").replace("[~/notes/banks]", "[.]");
        return List.of(template, set, "count: 5\nlang: zh\ncolor: never\n", "banks:\n  - .\n  - ~/\n", "banks: .\nexam-date: 2026-12-14\n",
                        "time-scale: 1.5\ndesired-retention: 0.9\nnew-per-day: 0\n")
                .stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private List<String> checkBank(byte[] input, Path file, boolean cli) throws Exception {
        String name = "fuzz.yaml";
        List<String> wrong = located(Banks.check(List.of(TextFiles.decode(name, input))).problems(), name, input);
        if (cli) {
            wrong = new ArrayList<>(wrong);
            throughTheCli++;
            if (throughTheCli % 2 == 0) {
                Files.write(file, input);
                wrong.addAll(commandLine(run(env(false), "list", "--no-builtin", "--bank", file.toString())));
            } else {
                // In the user's bank folder a broken bank is skipped with one warning, and the command runs on.
                Path folder = Files.createDirectories(home.resolve("banks"));
                Files.write(folder.resolve("fuzz.yaml"), input);
                Cli.Result r = run(env(false), "list", "--no-builtin", "--format", "ids");
                Files.delete(folder.resolve("fuzz.yaml"));
                if (r.exit() != 0 || !r.err().matches("(viva: warning: \\S[^\\n\\r]*:\\d+:\\d+: \\S[^\\n\\r]*\\n)?")) {
                    wrong.add("bank folder: exit " + r.exit() + ", stderr: " + r.err());
                }
            }
        }
        return wrong;
    }

    private List<String> checkConfig(byte[] input, Path file, boolean cli) throws Exception {
        Files.write(file, input);
        List<String> problems = Configs.check(env(true)).problems();
        List<String> wrong = new ArrayList<>();
        Pattern located = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):(\\d+): \\S[^\\n\\r]*");
        for (String problem : problems) {
            Matcher m = located.matcher(problem);
            if (!m.matches() || !inside(input, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) {
                wrong.add("not a located line: " + problem);
            }
        }
        if (!problems.isEmpty()) {
            refused++;
        }
        if (cli) {
            throughTheCli++;
            wrong.addAll(commandLine(run(env(true), "list", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"))));
        }
        return wrong;
    }

    /** The environment of a run; banks are fuzzed with no configuration file, which the config inputs write. */
    private Map<String, String> env(boolean config) {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(config ? "config" : "no-config").toString(),
                "VIVA_HOME", home.toString(), "LANG", "en_US.UTF-8");
    }

    /** As Main runs a command: the tree of the named subcommand only (the whole tree costs tens of milliseconds a run). */
    private static Cli.Result run(Map<String, String> env, String... args) {
        Context context = new Context(env, new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), false);
        picocli.CommandLine cl = Main.commandLine(context, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    private List<String> located(List<Problem> problems, String name, byte[] input) {
        List<String> wrong = new ArrayList<>();
        Pattern located = Pattern.compile(Pattern.quote(name) + ":\\d+:\\d+: \\S[^\\n\\r]*");
        for (Problem p : problems) {
            if (!p.at().file().equals(name) || !located.matcher(p.toString()).matches() || !inside(input, p.at().line(), p.at().column())) {
                wrong.add("not a located line: " + p);
            }
        }
        if (!problems.isEmpty()) {
            refused++;
        }
        return wrong;
    }

    /** A place in the file: a line it has (or the one after a last line break), a column from 1. */
    private static boolean inside(byte[] input, int line, int column) {
        long breaks = new String(input, StandardCharsets.UTF_8).chars().filter(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029).count();
        return line >= 1 && line <= breaks + 1 && column >= 1 && column <= input.length + 1;
    }

    /** Exit 0, or exit 1 with exactly one line that starts with a place in a file; never a trace, nothing unlocated. */
    private static List<String> commandLine(Cli.Result r) {
        boolean ok = r.exit() == 0 && r.err().isEmpty();
        boolean oneLocated = r.exit() == 1 && r.err().matches("viva: \\S[^\\n\\r]*:\\d+:\\d+: \\S[^\\n\\r]*\\n");
        return ok || oneLocated ? List.of() : List.of("command line: exit " + r.exit() + ", stderr: " + r.err());
    }

    private byte[] mutate(byte[] original, List<byte[]> corpus) {
        byte[] bytes = original;
        int times = 1 + random.nextInt(4);
        for (int t = 0; t < times; t++) {
            bytes = once(bytes, corpus);
        }
        return bytes;
    }

    private byte[] once(byte[] b, List<byte[]> corpus) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        return switch (random.nextInt(10)) {
            case 0 -> {
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[at] ^= (byte) (1 << random.nextInt(8));
                }
                yield c;
            }
            case 1 -> {
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[at] = (byte) BYTES[random.nextInt(BYTES.length)];
                }
                yield c;
            }
            case 2 -> splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> splice(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), new byte[0]);
            case 4 -> {
                int from = random.nextInt(b.length + 1);
                int to = Math.min(b.length, from + random.nextInt(200));
                yield splice(b, at, at, Arrays.copyOfRange(b, from, to));
            }
            case 5 -> lines(b, lines -> {
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                String x = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, x);
                return lines;
            });
            case 6 -> Arrays.copyOf(b, at);
            case 7 -> lines(b, lines -> {
                int i = random.nextInt(lines.size());
                String line = lines.get(i);
                lines.set(i, random.nextBoolean() ? " ".repeat(1 + random.nextInt(4)) + line : line.replaceFirst("^ {1,4}", ""));
                return lines;
            });
            case 8 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = random.nextInt(other.length + 1);
                yield splice(b, at, Math.min(b.length, at + random.nextInt(100)), Arrays.copyOfRange(other, from, Math.min(other.length, from + random.nextInt(300))));
            }
            default -> lines(b, lines -> {
                int i = random.nextInt(lines.size());
                String line = lines.get(i);
                int colon = line.indexOf(": ");
                if (colon >= 0) {
                    lines.set(i, line.substring(0, colon + 2) + TOKENS[random.nextInt(TOKENS.length)]);
                }
                return lines;
            });
        };
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, from);
        out.writeBytes(insert);
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    /** Line edits, on the bytes seen one char per byte (Latin-1), so that every other byte stays exactly as it was. */
    private static byte[] lines(byte[] b, Function<List<String>, List<String>> edit) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        return String.join("\n", edit.apply(lines)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void fail(int n, boolean config, byte[] input, List<String> wrong) {
        Path saved = Path.of("target/fuzz-failures", n + (config ? "-config.yaml" : "-bank.yaml"));
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException e) {
            // the message below still says what went wrong
        }
        failures.add("input " + n + " (saved as " + saved + "): " + String.join("; ", wrong).lines().limit(12).reduce((a, x) -> a + "\n" + x).orElse(""));
    }
}
