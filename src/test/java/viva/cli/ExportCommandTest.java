package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path home;

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");

    @Test
    void ankiExportOfABankFileWritesTheNotesFile() throws Exception {
        Path file = home.resolve("cards.txt");
        Cli.Result r = new Cli(home).run("export", "anki", SAMPLE, "-o", file.toString(), "--lang", "zh");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEqualTo("wrote 2 questions to " + file + "\n");
        assertThat(Files.readAllLines(file)).hasSize(8).element(6).asString()
                .startsWith("demo-lora-init\tLoRA 的两个矩阵如何初始化").endsWith("\tfine-tuning lora viva viva::medium");
    }

    @Test
    void aBuiltInBankIsNamedByItsFileStemAndFiltersApply() {
        Cli.Result r = new Cli(home).run("export", "anki", "moe", "-t", "training", "--difficulty", "medium");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith("#"))).isNotEmpty()
                .allMatch(l -> l.split("\t")[3].contains("training") && l.contains("viva::medium"));
        Cli.Result unknown = new Cli(home).run("export", "anki", "mo");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).startsWith("viva: no bank or file 'mo'; closest: moe");
    }

    @Test
    void jsonExportIsOneDocumentWithBothLanguages() throws Exception {
        Cli.Result r = new Cli(home).run("export", "json", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(0).get("id").asText()).isEqualTo("demo-lora-init");
        assertThat(json.get(0).get("zh").get("points").get(0).get("keywords").isArray()).isTrue();
        assertThat(json.get(0).get("refs").get(0).get("year").asInt()).isPositive();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path file = home.resolve("out.json");
        Files.writeString(file, "[]");
        Cli.Result r = new Cli(home).run("export", "json", SAMPLE, "-o", file.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: " + file + " already exists; use --force to overwrite it\n");
        assertThat(new Cli(home).run("export", "json", SAMPLE, "-o", file.toString(), "--force").exit()).isZero();
    }
}
