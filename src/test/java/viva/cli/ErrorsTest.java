package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.config.ConfigException;
import viva.practice.RequestException;
import viva.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** One place turns an exception into a status and a line: a bug is never reported as the person's data error. */
class ErrorsTest {
    @TempDir
    Path home;

    @Test
    void anUnexpectedExceptionIsAnInternalErrorThatAsksForABugReport() {
        Errors.Verdict v = Errors.verdict(new IllegalStateException("index 3 out of range"));
        assertThat(v.exit()).isEqualTo(ExitCode.INTERNAL);
        assertThat(v.exit().code()).isEqualTo(70);
        assertThat(v.message()).contains("index 3 out of range", "this is a bug in viva", "--debug");
    }

    @Test
    void dataAndUsageProblemsKeepTheirOwnStatuses() {
        assertThat(Errors.verdict(new ConfigException(List.of("config.yaml:1:1: bad"))).exit()).isEqualTo(ExitCode.DATA);
        assertThat(Errors.verdict(new StoreException("locked")).exit()).isEqualTo(ExitCode.DATA);
        assertThat(Errors.verdict(new IOException("disk full")).exit()).isEqualTo(ExitCode.DATA);
        assertThat(Errors.verdict(new RequestException("no question matches")).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Errors.verdict(new VivaException(ExitCode.USAGE, "no such id")).exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void workThatFailedOnAnotherThreadIsJudgedByWhatItThrew() {
        Errors.Verdict v = Errors.verdict(new CompletionException(new UncheckedIOException(new IOException("read-only file system"))));
        assertThat(v.exit()).isEqualTo(ExitCode.DATA);
        assertThat(v.message()).contains("read-only file system");
    }

    @Test
    void helpListsEveryExitStatus() {
        Cli.Result help = new Cli(home).run("--help");
        assertThat(help.exit()).as("%s", help).isZero();
        for (ExitCode code : ExitCode.values()) {
            assertThat(help.out()).contains(code.code() + " ");
        }
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Exit status: 0 success, 1 bank or data error, 2 usage error, 70 internal error (a bug), 130 interrupted.");
    }
}
