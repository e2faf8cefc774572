package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

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

    /** A built-in question written out is a bank that reads back as the same question, every field in both languages. */
    @Test
    void yamlExportOfBuiltInQuestionsReadsBackAsTheSameQuestions() throws Exception {
        Path file = home.resolve("mine.yaml");
        Cli.Result r = new Cli(home).run("export", "yaml", "moe-routing-collapse", "fine-tuning-lora-init", "-o", file.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEqualTo("wrote 2 questions to " + file + "\n");
        assertThat(Files.readString(file)).startsWith("# 2 questions exported by 'viva export yaml' from questions/moe.yaml, "
                + "questions/fine-tuning.yaml.\n").contains("give each question a new id");

        Cli.Result validate = new Cli(home).run("validate", file.toString());
        assertThat(validate.exit()).as("%s", validate).isZero();
        JsonNode original = json(new Cli(home).run("export", "json", "moe", "fine-tuning"), "moe-routing-collapse", "fine-tuning-lora-init");
        JsonNode copy = json(new Cli(home).run("export", "json", "--no-builtin", "--bank", file.toString()), "moe-routing-collapse",
                "fine-tuning-lora-init");
        assertThat(copy).isEqualTo(original);
    }

    @Test
    void yamlExportTakesFiltersOrIdsButNotBoth() {
        Cli.Result tagged = new Cli(home).run("export", "yaml", "-t", "lora", "--difficulty", "medium");
        assertThat(tagged.exit()).as("%s", tagged).isZero();
        assertThat(tagged.out()).contains("questions:\n", "- id: ", "lora").doesNotContain("difficulty: hard", "difficulty: easy");
        Cli.Result none = new Cli(home).run("export", "yaml", "-t", "lora", "--difficulty", "easy");
        assertThat(none.exit()).as("%s", none).isEqualTo(2);
        assertThat(none.err()).isEqualTo("viva: no question matches these filters; see 'viva list' and 'viva tags'\n");
        Cli.Result both = new Cli(home).run("export", "yaml", "moe-routing-collapse", "-t", "lora");
        assertThat(both.exit()).as("%s", both).isEqualTo(2);
        assertThat(both.err()).startsWith("viva: question ids choose the questions themselves; drop --tag or the ids");
        Cli.Result unknown = new Cli(home).run("export", "yaml", "moe-routing-colapse");
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).contains("moe-routing-collapse");
    }

    @Test
    void editOnABuiltInQuestionSaysHowToMakeItYourOwn() {
        Cli.Result r = new Cli(home).env("EDITOR", "true").run("edit", "moe-routing-collapse");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).contains("viva export yaml moe-routing-collapse -o my-bank.yaml", "give it a new id");
    }

    /** The questions named, as JSON, without where each was read from (which is all that differs in a copy). */
    private static JsonNode json(Cli.Result r, String... ids) throws Exception {
        assertThat(r.exit()).as("%s", r).isZero();
        ArrayNode picked = new ObjectMapper().createArrayNode();
        for (JsonNode q : new ObjectMapper().readTree(r.out())) {
            if (List.of(ids).contains(q.get("id").asText())) {
                ((ObjectNode) q).remove("source");
                picked.add(q);
            }
        }
        assertThat(picked).hasSize(ids.length);
        return picked;
    }
}
