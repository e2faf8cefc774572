package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** 'viva check': an answer against a question's points, with the words that matched, and nothing stored. */
class CheckCommandTest {
    @TempDir
    Path home;

    private static final String BANK = Cli.fixture("banks/sample.yaml");

    @Test
    void eachPointIsCoveredOrMissedWithTheWordsThatMatchedFromStandardInput() {
        Cli.Result r = new Cli(home).stdin("B starts at zero; A is Gaussian.\n").run("check", "demo-lora-init", "--no-builtin", "--bank", BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("demo-lora-init · en · 2/3 key points covered (67%)", "  ✓ B starts at zero", "  ✗ the adapted model");
        assertThat(Files.exists(home.resolve("viva.db"))).isFalse();
    }

    @Test
    void jsonGivesEachPointsTextWhetherItIsCoveredAndTheMatchedWords() throws Exception {
        Cli.Result r = new Cli(home).run("check", "demo-lora-init", "--answer", "A is Gaussian, but B is not zero.",
                "--format", "json", "--no-builtin", "--bank", BANK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("points")).hasSize(3);
        assertThat(json.at("/points/0/text").asText()).isEqualTo("B starts at zero");
        assertThat(json.at("/points/0/covered").asBoolean()).isFalse();
        assertThat(json.at("/points/1/covered").asBoolean()).isTrue();
        assertThat(json.at("/points/1/matched/0").asText()).isNotBlank();
    }

    @Test
    void anUnknownIdIsAUsageErrorWithTheClosestIds() {
        Cli.Result r = new Cli(home).run("check", "demo-lora-inti", "--answer", "x", "--no-builtin", "--bank", BANK);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("no question with id 'demo-lora-inti'", "demo-lora-init");
    }
}
