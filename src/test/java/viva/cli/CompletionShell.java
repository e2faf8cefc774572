package viva.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs real programs for the end-to-end tests: a shell with the built jar on PATH behind a small
 * 'viva' wrapper, and a private home so that nothing of the developer's leaks in.
 */
final class CompletionShell {
    record Run(int exit, String out, String err) {
    }

    private final Path home;
    private final Path bin;

    CompletionShell(Path temp) throws IOException {
        Path jar = Path.of("target/viva.jar").toAbsolutePath();
        assertThat(jar).as("the built jar; run 'mvn verify', which packages before the integration tests").exists();
        home = Files.createDirectories(temp.resolve("home"));
        bin = Files.createDirectories(temp.resolve("bin"));
        Path viva = bin.resolve("viva");
        Files.writeString(viva, "#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + jar + "' \"$@\"\n");
        Files.setPosixFilePermissions(viva, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Path home() {
        return home;
    }

    /** Fails, never skips: the completion tests exist to run the real shells (.ci/run installs them). */
    static Path require(String program, String debianPackage) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(program + " is not installed; these tests drive it for real: apt-get install -y " + debianPackage);
    }

    /** As {@link #require}, for a package that installs a file rather than a program. */
    static Path requireFile(Path file, String debianPackage) {
        if (!Files.exists(file)) {
            fail(file + " is missing; these tests drive it for real: apt-get install -y " + debianPackage);
        }
        return file;
    }

    Run run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("VIVA_HOME", home.resolve("viva").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "dumb");
        env.putAll(extraEnv);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
