package viva.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example a person may copy runs: each 'viva ...' line under "Examples:" in a command's --help, and each
 * in README.md's code blocks. Each runs in-process against the built-in banks, in a private VIVA_HOME holding
 * one rated drill (so that '--session last' has a session), one flagged and one suspended question (so that
 * unflag and unsuspend have one), with ":quit" on stdin unless the example pipes something in. Files an example reads are made for it in
 * a temporary folder, files it writes go there; an editor is 'true', so that edit opens nothing. Each must
 * exit 0.
 */
class ExamplesTest {
    /** A README line that runs viva: 'viva' and then a word that is a command or an option, never output such as "viva: ...". */
    private static final Pattern INVOCATION = Pattern.compile("(^|[\\s|(])(\\./)?viva\\s+(-|[a-z]+(\\s|$))");
    private static final Pattern PATH_LIKE = Pattern.compile("[^-~/$][^\\s]*(/|\\.(yaml|yml|md|txt|csv|html|json))");

    @TempDir
    static Path root;

    private static Path template;

    @BeforeAll
    static void seed() {
        template = root.resolve("template");
        Cli cli = cli(template, Map.of());
        Cli.Result drill = cli.stdin(":flag\nRouting collapse; add a load balancing loss.\n\ngood\n").run("drill", "moe-routing-collapse");
        assertThat(drill.exit()).as("%s", drill).isZero();
        Cli.Result suspend = cli.stdin("").run("suspend", "moe-pros-and-cons");
        assertThat(suspend.exit()).as("%s", suspend).isZero();
    }

    @Test
    void theExamplesAreFound() throws IOException {
        assertThat(helpExamples()).hasSizeGreaterThan(30).allMatch(e -> INVOCATION.matcher(e).find());
        assertThat(readmeExamples()).hasSizeGreaterThan(30)
                .contains("viva history --question fine-tuning-lora-init --answers")
                .noneMatch(e -> e.startsWith("viva benchmark,") || e.startsWith("viva:"));
    }

    @TestFactory
    Stream<DynamicTest> everyHelpExampleRuns() {
        return helpExamples().stream().map(e -> DynamicTest.dynamicTest("--help: " + e, () -> runs(e)));
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleRuns() throws IOException {
        return readmeExamples().stream().map(e -> DynamicTest.dynamicTest("README: " + e, () -> runs(e)));
    }

    /** The lines under "Examples:" in the footer of every command and subcommand, up to the next empty line. */
    static List<String> helpExamples() {
        List<String> examples = new ArrayList<>();
        collect(Main.commandLine(new Context(Map.of(), new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), false)), examples);
        return examples;
    }

    private static void collect(CommandLine cl, List<String> examples) {
        boolean under = false;
        for (String line : cl.getCommandSpec().usageMessage().footer()) {
            if (line.strip().equals("Examples:")) {
                under = true;
            } else if (line.isBlank()) {
                under = false;
            } else if (under) {
                examples.add(line.strip());
            }
        }
        // aliases list a subcommand twice
        new LinkedHashSet<>(cl.getSubcommands().values()).forEach(sub -> collect(sub, examples));
    }

    /** The lines of README.md's code blocks (indented or fenced) that run viva. */
    static List<String> readmeExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        boolean fenced = false;
        boolean indented = false;
        String previous = "";
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            indented = line.startsWith("    ") && (indented || previous.isBlank());
            if ((fenced || indented) && INVOCATION.matcher(line).find()) {
                examples.add(line.strip());
            }
            if (!line.isBlank()) {
                previous = line;
            } else {
                previous = "";
            }
        }
        return examples;
    }

    /** Runs every viva command of {@code example} in a home and folder of its own. */
    private static void runs(String example) throws IOException {
        Path place = Files.createTempDirectory(root, "example");
        Path home = place.resolve("home");
        copy(template, home);
        Files.createDirectories(home.resolve(".local/share/viva/banks"));
        Path work = fixtures(place.resolve("work"));
        Run run = new Run(home, work);
        List<Cli.Result> results = run.line(example);
        assertThat(results).as("no viva command in: %s", example).isNotEmpty();
        for (Cli.Result r : results) {
            assertThat(r.exit()).as("%s\n%s", example, r).isZero();
            assertThat(r.err()).as("%s\n%s", example, r).doesNotContain("unknown option", "no question", "unknown tag", "Unknown option");
        }
    }

    /** One example's run: its home, its folder, and the output of the last viva command (for $(...)). */
    private record Run(Path home, Path work) {
        List<Cli.Result> line(String line) {
            List<Cli.Result> results = new ArrayList<>();
            Map<String, String> vars = Map.of("HOME", home.toString());
            for (List<ExampleShell.Command> pipeline : ExampleShell.parse(line, vars, inner -> substitute(inner, results))) {
                String stdin = ":quit\n";
                for (ExampleShell.Command command : pipeline) {
                    if (command.printed() != null) {
                        stdin = command.printed();
                    } else if (command.isViva()) {
                        results.add(viva(command, stdin));
                    }
                }
            }
            return results;
        }

        /** $(viva ...) becomes its output; <(viva ...) a file holding it. */
        private String substitute(String inner, List<Cli.Result> results) {
            List<Cli.Result> ran = line(inner.substring(2));
            results.addAll(ran);
            String out = ran.isEmpty() ? "" : ran.get(ran.size() - 1).out();
            if (inner.startsWith("$(")) {
                return out.strip().replace('\n', ' ');
            }
            try {
                return Files.writeString(Files.createTempFile(work, "substituted", ".txt"), out).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Cli.Result viva(ExampleShell.Command command, String stdin) {
            Map<String, String> env = new HashMap<>(command.env());
            // An editor that opens nothing and saves nothing, whatever the example names.
            env.put("VISUAL", "true");
            env.put("EDITOR", "true");
            if (command.stdinFile() != null) {
                stdin = read(path(command.stdinFile()));
            }
            List<String> args = command.words().subList(1, command.words().size()).stream().map(this::path).toList();
            return cli(home, env).stdin(stdin).run(args.toArray(String[]::new));
        }

        /** ~ is the example's home; a relative file name is the example's own file, unless it is a folder of this clone (questions/). */
        private String path(String word) {
            if (word.equals("~") || word.startsWith("~/")) {
                return home + word.substring(1);
            }
            if (!PATH_LIKE.matcher(word).matches() || word.contains("://")) {
                return word;
            }
            Path own = work.resolve(word);
            return Files.exists(own) || !Files.exists(Path.of(word)) ? own.toString() : word;
        }
    }

    private static Cli cli(Path home, Map<String, String> env) {
        Cli cli = new Cli(home).env("HOME", home.toString()).env("TZ", "UTC")
                .clock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        env.forEach(cli::env);
        return cli;
    }

    /** The files the examples read: a bank of one's own and notes to import, in English and Chinese. */
    private static Path fixtures(Path work) throws IOException {
        Files.createDirectories(work);
        Files.copy(Path.of(HistoryCommandTest.BANK), work.resolve("my-bank.yaml"));
        String notes = "# Notes\n\n## What is routing collapse in a mixture of experts?\n\n"
                + "The router sends most tokens to a few experts; a load balancing loss spreads them.\n";
        Files.writeString(work.resolve("interview-notes.md"), notes);
        Files.createDirectories(work.resolve("notes"));
        Files.writeString(work.resolve("notes/moe.md"), notes);
        Files.createDirectories(work.resolve("面试笔记"));
        Files.writeString(work.resolve("面试笔记/moe.md"), "# 笔记\n\n## 什么是专家混合的路由坍塌?\n\n路由器把大多数 token 送给少数专家;负载均衡损失能把它们分散开。\n");
        return work;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
