package viva.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A bank may hold thousands of questions in one file; what bounds its parsing time is the length of a line. */
class LargeBanksTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfThousandsOfQuestionsLoads() throws Exception {
        Path file = BankGenerator.write(dir, 1, 3000).get(0);
        // Over the old 1 MiB limit of a bank, and over SnakeYAML's own default of 3 million code points.
        assertThat(Files.size(file)).isGreaterThan(3_200_000);
        Banks.Check check = Banks.check(BankFiles.read(file));
        assertThat(check.problems()).isEmpty();
        assertThat(check.questions()).hasSize(3000);
        assertThat(check.questions().get(2999).source().toString()).isEqualTo(file + ":" + (2 + 2999 * 22) + ":5");
    }

    @Test
    void aLineOverTheLimitIsRefusedWhereItStartsWithoutBeingParsed() {
        String text = "questions:\n  - id: a\n" + "    # " + "x".repeat(LineLength.LIMIT) + "\n  - id: b\n";
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Banks.check(List.of(new Source("long.yaml", text))).problems());
        assertThat(problems).extracting(Problem::toString).containsExactly("long.yaml:3:1: this line is 1,048,582 characters long; "
                + "a line of a bank may be at most 1,048,576: break it into several lines (a block scalar, '|' or '>', holds a long text on many lines)");
    }

    @Test
    void aLineJustWithinTheLimitIsParsedAsBefore() {
        String text = "questions:\n  - id: a\n" + "# " + "x".repeat(LineLength.LIMIT - 2) + "\n";
        assertThat(LineLength.check(new Source("long.yaml", text))).isEmpty();
        assertThat(LineLength.check(new Source("long.yaml", text.replace("\n", "\r")))).isEmpty();
    }
}
