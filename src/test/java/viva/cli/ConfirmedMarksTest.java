package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** viva's marks are a suggestion: the person confirms or corrects them before rating, and what they confirm is kept. */
class ConfirmedMarksTest {
    @TempDir
    Path home;

    private static final String[] DRILL = {"drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--order", "bank", "-n", "1"};

    private Cli.Result run(String stdin, String... args) {
        return new Cli(home).stdin(stdin).run(args);
    }

    private JsonNode lastAttempt() throws Exception {
        return new ObjectMapper().readTree(run("", "history", "--format", "json").out()).get(0);
    }

    @Test
    void aRatingAloneAcceptsVivasMarksAsTodaysScriptsExpect() throws Exception {
        Cli.Result r = run("B starts at zero, A is Gaussian.\n\n3\n", DRILL);
        assertThat(r.out()).contains("Key points: 2/3 covered (67%)", "m + number flips one (1-3)", "Rated Good");
        assertThat(lastAttempt().get("points_covered").toString()).isEqualTo("[true,true,false]");
        assertThat(run("", "stats").out()).contains("you corrected viva's on 0 of 1 marked answer (0%)");
    }

    @Test
    void aCorrectionIsShownAndStoredAndTheSuggestionIsKeptBeside() throws Exception {
        Cli.Result r = run("B starts at zero, A is Gaussian, and it starts out as the pretrained model.\n\nm 3\nm2\ngood\n", DRILL);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("  3 ✓ the adapted model starts identical to the pretrained one",
                "Key points: 2/3 covered (67%)", "  2 ✗ A is random Gaussian", "Rated Good");
        JsonNode a = lastAttempt();
        assertThat(a.get("points_covered").toString()).isEqualTo("[true,false,true]");
        assertThat(a.get("coverage").asInt()).isEqualTo(67);
        assertThat(run("", "stats").out()).contains("you corrected viva's on 1 of 1 marked answer (100%)");
    }

    @Test
    void aNumberWithNoPointIsRefusedInPlainWords() {
        Cli.Result r = run("zero\n\nm 9\n3\n", DRILL);
        assertThat(r.out()).contains("there is no key point 9; they are numbered 1-3", "Rated Good");
    }

    @Test
    void anAnswerGivenAloudStartsUnmarkedAndCanBeMarked() throws Exception {
        Cli.Result r = run("\nm 1 2\neasy\n", DRILL);
        assertThat(r.out()).contains("Key points (answered aloud: check yourself)", "Key points: 2/3 covered (67%)", "Rated Easy");
        assertThat(lastAttempt().get("coverage").asInt()).isEqualTo(67);
        Cli.Result unmarked = run("\n2\n", DRILL);
        assertThat(unmarked.out()).contains("Rated Hard");
        assertThat(lastAttempt().get("coverage").isNull()).isTrue();
    }
}
