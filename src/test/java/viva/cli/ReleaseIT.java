package viva.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The release zip, unpacked into an empty folder and run with nothing but java on PATH. */
class ReleaseIT {
    @TempDir
    Path temp;

    private Path release;
    private Path onlyJava;

    @BeforeEach
    void unzip() throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            zip = files.filter(p -> p.getFileName().toString().matches("viva-.+\\.zip")).findFirst().orElseThrow(
                    () -> new AssertionError("no target/viva-VERSION.zip; 'mvn package' builds it"));
        }
        release = unzip(zip, Files.createDirectories(temp.resolve("unpacked")));
        onlyJava = Files.createDirectories(temp.resolve("java-only"));
        Files.createSymbolicLink(onlyJava.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** Unzips keeping the permissions stored in the zip, as unzip(1) does, so a missing x bit on bin/viva shows. */
    private static Path unzip(Path zip, Path into) throws IOException {
        List<Path> tops = new ArrayList<>();
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> all = Files.walk(fs.getPath("/"))) {
            for (Path entry : all.toList()) {
                Path target = into.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
                if (entry.getNameCount() == 1) {
                    tops.add(target);
                }
            }
        }
        assertThat(tops).as("one top folder, viva-VERSION").hasSize(1);
        return tops.get(0);
    }

    private CompletionShell.Run run(Path program, String... args) throws Exception {
        return run(program, List.of(onlyJava.toString()), args);
    }

    private CompletionShell.Run run(Path program, List<String> path, String... args) throws Exception {
        return run(program, path, Map.of(), args);
    }

    private CompletionShell.Run run(Path program, List<String> path, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(args));
        Path home = Files.createDirectories(temp.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().clear();
        pb.environment().putAll(Map.of("PATH", String.join(":", path), "HOME", home.toString(), "LANG", "C.UTF-8"));
        pb.environment().putAll(env);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CompletionShell.Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void holdsTheLauncherTheJarTheCompletionsAndTheBanks() throws Exception {
        assertThat(release.getFileName().toString()).matches("viva-\\d+\\.\\d+\\.\\d+.*");
        assertThat(Files.getPosixFilePermissions(release.resolve("bin/viva"))).contains(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE);
        assertThat(release.resolve("lib/viva.jar")).isRegularFile();
        for (String script : List.of("viva.bash", "viva.zsh", "viva.fish")) {
            assertThat(release.resolve("completions").resolve(script)).hasSameBinaryContentAs(Path.of("completions", script));
        }
        try (Stream<Path> banks = Files.list(Path.of("questions"))) {
            for (Path bank : banks.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(release.resolve("questions").resolve(bank.getFileName())).hasSameBinaryContentAs(bank);
            }
        }
    }

    @Test
    void binVivaListWorksWithOnlyJavaOnPath() throws Exception {
        CompletionShell.Run r = run(release.resolve("bin/viva"), "list", "--format", "ids");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines()).contains("moe-routing-collapse").hasSizeGreaterThan(50);
        CompletionShell.Run table = run(release.resolve("bin/viva"), "list", "-t", "moe");
        assertThat(table.exit()).as("%s", table).isZero();
        assertThat(table.out()).contains("ID", "moe-routing-collapse");
    }

    @Test
    void worksThroughASymlinkAsWhenLinkedIntoLocalBin() throws Exception {
        Path links = Files.createDirectories(temp.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("viva"), release.resolve("bin/viva"));
        // A symlink is followed with readlink, which every real system has; PATH gets it alongside java.
        CompletionShell.Run r = run(link, List.of(onlyJava.toString(), "/usr/bin", "/bin"), "tags");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("moe");
        // Its archive is trained behind it: let that end before the temporary folder goes.
        trained(temp.resolve("home/.cache/viva/cds"));
    }

    /**
     * The cache folder's files once the first run's training, which goes on behind that run, has ended: no lock
     * is left then. A run that starts meanwhile goes ahead without an archive and trains none of its own.
     */
    private List<String> trained(Path cache) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            List<String> names;
            try (Stream<Path> files = Files.list(cache)) {
                names = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (names.stream().noneMatch(n -> n.endsWith(".training")) || System.nanoTime() > deadline) {
                return names;
            }
            CompletionShell.Run meanwhile = run(release.resolve("bin/viva"), List.of(onlyJava.toString(), "/usr/bin", "/bin"),
                    "--version");
            assertThat(meanwhile.exit()).as("%s", meanwhile).isZero();
            Thread.sleep(200);
        }
    }

    @Test
    void theSecondRunUsesTheClassDataArchiveTheFirstRunMadeInTheUsersCache() throws Exception {
        List<String> path = List.of(onlyJava.toString(), "/usr/bin", "/bin");
        CompletionShell.Run first = run(release.resolve("bin/viva"), path, "tags");
        assertThat(first.err()).as("the archive's own warnings stay out of sight").isEmpty();
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("moe").doesNotContain("cds");
        Path cache = temp.resolve("home/.cache/viva/cds");
        assertThat(trained(cache)).as("one archive, no temporary, lock or scratch home left").singleElement().asString()
                .endsWith(".jsa");
        Path classes = temp.resolve("classes.log");
        CompletionShell.Run second = run(release.resolve("bin/viva"), path,
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes), "tags");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readString(classes)).containsPattern("viva\\.cli\\.\\S+ source: shared objects file \\(top\\)");
    }

    @Test
    void runsWhenTheCacheFolderCannotBeWritten() throws Exception {
        List<String> path = List.of(onlyJava.toString(), "/usr/bin", "/bin");
        // A file where the cache folder should be: not even root can make a folder under it.
        Path notAFolder = Files.writeString(temp.resolve("cache-is-a-file"), "");
        Path readOnly = Files.createDirectories(temp.resolve("read-only-cache"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        for (Path cache : List.of(notAFolder, readOnly)) {
            for (int run = 0; run < 2; run++) {
                CompletionShell.Run r = run(release.resolve("bin/viva"), path, Map.of("XDG_CACHE_HOME", cache.toString()),
                        "list", "--format", "ids");
                assertThat(r.err()).isEmpty();
                assertThat(r.exit()).isZero();
                assertThat(r.out().lines()).contains("moe-routing-collapse");
            }
        }
        assertThat(temp.resolve("home/.cache")).doesNotExist();
    }

    @Test
    void versionNamesTheReleaseAndTheCommit() throws Exception {
        CompletionShell.Run r = run(release.resolve("bin/viva"), "--version");
        assertThat(r.exit()).as("%s", r).isZero();
        String version = release.getFileName().toString().substring("viva-".length());
        assertThat(r.out()).matches("viva " + Pattern.quote(version)
                + ", commit ([0-9a-f]{7,}( \\(with uncommitted changes\\))?|unknown)\\n");
        if (Files.isDirectory(Path.of(".git"))) {
            assertThat(r.out()).doesNotContain("unknown");
        }
    }

    @Test
    void saysSoWhenThereIsNoJava() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ProcessBuilder pb = new ProcessBuilder(release.resolve("bin/viva").toString(), "list");
        pb.environment().clear();
        pb.environment().put("PATH", empty.toString());
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(out).isEqualTo("viva: java 17 or newer is needed; install it or set JAVA_HOME\n");
    }
}
