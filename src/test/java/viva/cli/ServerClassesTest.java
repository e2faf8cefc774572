package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.e2e.ChildEnvironment;
import viva.store.Postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launchers' archive is recorded where no server is at hand, so ArchiveTraining loads the driver's classes
 * from a list. A drill on PostgreSQL (password and all, as people run it) must find every class of the driver it
 * loads in that list; otherwise the classes it lacks are read from the jar on every start of such a drill.
 */
class ServerClassesTest {
    private static final Pattern LOADED = Pattern.compile("(?m)\\[class,load\\] (\\S+) source: (.*)$");

    @TempDir
    Path temp;

    @Test
    void everyDriverClassADrillOnAServerLoadsIsInTheTrainingList() throws Exception {
        Postgres cluster = Postgres.cluster();
        String url = cluster.url(cluster.freshDatabase(), Postgres.ADMIN);
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:*:*:*:" + Postgres.ADMIN_PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Set<String> loaded = new TreeSet<>();
        // The first drill makes the schema, the second finds it: between them, every path a start takes.
        for (int run = 0; run < 2; run++) {
            loaded.addAll(driverClasses(drill(url, pgpass, run)));
        }
        assertThat(loaded).as("the driver's classes a drill loads").hasSizeGreaterThan(50);

        Set<String> listed = listed();
        List<String> missing = loaded.stream().filter(name -> !listed.contains(name)).toList();
        assertThat(missing).as("classes to add to src/main/resources/viva/cli/%s:%n%s", ArchiveTraining.SERVER_CLASSES,
                String.join("\n", missing)).isEmpty();
    }

    @Test
    void everyListedClassIsOnTheClassPath() throws IOException {
        List<String> absent = new ArrayList<>();
        for (String name : listed()) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                absent.add(name);
            }
        }
        assertThat(absent).as("listed, but no such class: a driver upgrade renamed them").isEmpty();
    }

    /** Runs one drill of one question on the server in a JVM of its own, answered and rated; its class log. */
    private String drill(String url, Path pgpass, int run) throws IOException, InterruptedException {
        Path log = temp.resolve("classes-" + run + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "drill", "-n", "1");
        ChildEnvironment.reset(pb.environment(), temp.resolve("home"));
        pb.environment().put("VIVA_HISTORY", url);
        pb.environment().put("PGPASSFILE", pgpass.toString());
        Path output = temp.resolve("drill-" + run + ".txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try (var in = p.getOutputStream()) {
            in.write("routing collapse\n\n3\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the drill ends").isTrue();
        String printed = Files.readString(output);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).as("the answer was rated and kept on the server").contains("Rated Good").doesNotContain("recovery journal");
        return Files.readString(log);
    }

    /** The classes of the driver and of its SCRAM library, read from a jar rather than an archive. */
    private static Set<String> driverClasses(String log) {
        Set<String> names = new TreeSet<>();
        Matcher m = LOADED.matcher(log);
        while (m.find()) {
            String name = m.group(1);
            if ((name.startsWith("org.postgresql.") || name.startsWith("com.ongres.")) && !name.contains("$$Lambda")
                    && !name.contains("/") && !m.group(2).startsWith("shared objects file")) {
                names.add(name);
            }
        }
        return names;
    }

    private static Set<String> listed() throws IOException {
        try (InputStream in = ArchiveTraining.class.getResourceAsStream(ArchiveTraining.SERVER_CLASSES)) {
            assertThat(in).as("the list is beside ArchiveTraining").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }
}
