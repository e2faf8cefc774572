package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The launchers' training run: it never reaches the user's own files or server, and every command of it works. */
class ArchiveTrainingTest {
    @TempDir
    Path scratch;

    @Test
    void theTrainingSeesNothingOfTheUsersSettingsHistoryOrServer() {
        Map<String, String> real = Map.of("VIVA_HISTORY", "postgresql://db.example.org/viva", "VIVA_CONFIG", "/home/me/viva.yaml",
                "VIVA_HOME", "/home/me/viva", "PGPASSFILE", "/home/me/.pgpass", "PGSERVICE", "cohort",
                "XDG_CONFIG_HOME", "/home/me/.config", "HOME", "/home/me", "TERM", "xterm-256color", "LANG", "zh_CN.UTF-8");
        Map<String, String> env = ArchiveTraining.scratchEnvironment(real, scratch);
        assertThat(env).doesNotContainKeys("VIVA_HISTORY", "VIVA_CONFIG", "PGPASSFILE", "PGSERVICE")
                .containsEntry("TERM", "xterm-256color").containsEntry("LANG", "zh_CN.UTF-8");
        assertThat(env.values()).noneMatch(v -> v.startsWith("/home/me"));
        assertThat(env.get("HOME")).startsWith(scratch.toString());
        assertThat(env.get("VIVA_HOME")).startsWith(scratch.toString());
    }

    /** A renamed option or command would leave its classes out of the archive without a word: each must run. */
    @Test
    void everyCommandOfTheTrainingRunsAsTyped() throws Exception {
        Map<String, String> env = ArchiveTraining.scratchEnvironment(Map.of("LANG", "C.UTF-8"), scratch);
        for (String dir : List.of("home", "config", "cache", "data", "viva")) {
            Files.createDirectories(scratch.resolve(dir));
        }
        Context context = new Context(env, InputStream.nullInputStream(), Clock.systemUTC(), false);
        for (List<String> command : ArchiveTraining.commands(scratch)) {
            StringWriter err = new StringWriter();
            int exit = Main.run(context, new PrintWriter(new StringWriter()), new PrintWriter(err), command.toArray(String[]::new));
            // The one deliberate mistake walks the path of a usage error, with its suggestion.
            int expected = command.contains("--bogus") ? ExitCode.USAGE.code() : ExitCode.OK.code();
            assertThat(exit).as("%s: %s", command, err).isEqualTo(expected);
        }
        assertThat(Files.readString(scratch.resolve("report.json"), StandardCharsets.UTF_8)).contains("\"summary\"");
    }

    @Test
    void theServerListLoadsAndANameThisRuntimeLacksIsOnlyCounted() throws Exception {
        assertThat(ArchiveTraining.preload(ArchiveTraining.class.getResourceAsStream(ArchiveTraining.SERVER_CLASSES))).isZero();
        InputStream list = new ByteArrayInputStream("# a comment\njava.lang.String\nno.such.Thing\n\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ArchiveTraining.preload(list)).isEqualTo(1);
    }
}
