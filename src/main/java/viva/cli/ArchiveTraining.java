package viva.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import viva.threads.Background;

/**
 * The run a launcher records its class-data archive from (java -XX:ArchiveClassesAtExit=... -cp viva.jar
 * viva.cli.ArchiveTraining FOLDER). An archive holds only the classes its recorded run loaded; every other
 * class is read from the jar and verified on each start, which cost a drill on a PostgreSQL history 90 ms when
 * the archive came from one drill on SQLite. So this run walks what people do most: a drill in the terminal
 * it is given (the launcher types an answer and a rating into it), then the everyday commands, then loads
 * the classes only a history on a server needs (server-classes.txt), since no server is at hand here.
 *
 * <p>Everything runs in FOLDER, a scratch home: the user's configuration, history and server are never
 * read or written, whatever the environment names.
 */
public final class ArchiveTraining {
    /** The list of a drill's extra classes on a server, beside this class; ServerClassesTest keeps it whole. */
    static final String SERVER_CLASSES = "server-classes.txt";
    private static final long LIMIT_SECONDS = 60;

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -XX:ArchiveClassesAtExit=FILE -cp viva.jar viva.cli.ArchiveTraining FOLDER");
            System.exit(ExitCode.USAGE.code());
        }
        watchdog();
        Path folder = Path.of(args[0]);
        Map<String, String> env = scratchEnvironment(System.getenv(), folder);
        for (String dir : List.of("home", "config", "cache", "data", "viva")) {
            Files.createDirectories(folder.resolve(dir));
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Context terminal = new Context(env, System.in, Clock.systemUTC(), System.console() != null);
        int drill = Main.run(terminal, out, err, "drill", "-n", "1");
        Context quiet = new Context(env, InputStream.nullInputStream(), Clock.systemUTC(), false);
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        for (List<String> command : commands(folder)) {
            Main.run(quiet, none, none, command.toArray(String[]::new));
        }
        // A name this runtime lacks (the list names a few of the JDK's own) is only a class the archive goes without.
        preload(ArchiveTraining.class.getResourceAsStream(SERVER_CLASSES));
        out.flush();
        // A drill that did not end as typed recorded only part of the path: no archive is better than that one.
        System.exit(drill == 0 ? 0 : 1);
    }

    /** The environment with everything viva or libpq would read of the user's replaced by the scratch folder. */
    static Map<String, String> scratchEnvironment(Map<String, String> real, Path folder) {
        Map<String, String> env = new HashMap<>();
        real.forEach((name, value) -> {
            if (!name.startsWith("VIVA_") && !name.startsWith("PG") && !name.startsWith("XDG_")) {
                env.put(name, value);
            }
        });
        env.put("HOME", folder.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", folder.resolve("config").toString());
        env.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        env.put("XDG_DATA_HOME", folder.resolve("data").toString());
        env.put("VIVA_HOME", folder.resolve("viva").toString());
        return env;
    }

    /** The commands typed most between drills, each as a person would type it (reports to files, as they are kept). */
    static List<List<String>> commands(Path folder) {
        String report = folder.resolve("report.").toString();
        return List.of(
                List.of("--version"),
                List.of("--help"),
                List.of("list"),
                List.of("list", "-t", "moe"),
                List.of("tags"),
                List.of("show", "moe-routing-collapse"),
                List.of("search", "attention"),
                List.of("config", "--path"),
                List.of("config"),
                List.of("due"),
                List.of("stats"),
                List.of("history"),
                List.of("history", "--format", "csv", "--answers"),
                List.of("report", "-o", report + "md"),
                List.of("report", "--format", "html", "-o", report + "html"),
                List.of("report", "--format", "json", "-o", report + "json"),
                List.of("report", "--format", "csv", "-o", report + "csv"),
                List.of("__complete", "tags", "--", "drill", "-t"),
                List.of("drill", "--bogus"));
    }

    /** Loads (without initialising) every class named in the list; returns how many could not be found. */
    static int preload(InputStream list) throws IOException {
        if (list == null) {
            throw new IOException(SERVER_CLASSES + " is missing from the jar");
        }
        String names;
        try (list) {
            names = new String(list.readAllBytes(), StandardCharsets.UTF_8);
        }
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        int missing = 0;
        for (String name : names.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        return missing;
    }

    /** A drill that waits for keys that never come must not hold up the launcher that started it. */
    private static void watchdog() {
        Background.daemons("viva-archive-training-limit").newThread(() -> {
            try {
                Thread.sleep(LIMIT_SECONDS * 1000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
        }).start();
    }
}
