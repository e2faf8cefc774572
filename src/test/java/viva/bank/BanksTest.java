package viva.bank;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BanksTest {
    @Test
    void loadsEveryFieldOfAQuestion() throws Exception {
        Catalog catalog = Banks.load(BankFiles.read(Path.of("src/test/resources/banks/sample.yaml")));
        Question q = catalog.find("demo-lora-init").orElseThrow();
        assertThat(q.tags()).containsExactly("fine-tuning", "lora");
        assertThat(q.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(q.time()).isEqualTo(Duration.ofMinutes(2));
        assertThat(q.refs()).singleElement().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2021);
            assertThat(r.url()).hasValue("https://arxiv.org/abs/2106.09685");
        });
        QuestionText en = q.text(Lang.EN);
        assertThat(en.points()).hasSize(3);
        assertThat(en.points().get(1).keywords()).containsExactly("gaussian", "random");
        assertThat(en.hints()).hasSize(2);
        assertThat(en.followups()).containsExactly("What does the scaling factor alpha/r do?");
        assertThat(q.text(Lang.ZH).prompt()).isEqualTo("LoRA 的两个矩阵如何初始化?为什么?");
        assertThat(q.source().toString()).isEqualTo("src/test/resources/banks/sample.yaml:3:5");
        assertThat(catalog.tagCounts()).containsEntry("moe", 1).containsEntry("lora", 1);
    }

    @Test
    void aFolderLoadsItsYamlFilesInNameOrder() throws Exception {
        List<Source> sources = BankFiles.read(Path.of("src/test/resources/banks"));
        assertThat(sources).extracting(Source::name).containsExactly("src/test/resources/banks/one-language.yaml", "src/test/resources/banks/sample.yaml");
    }

    @Test
    void theBuiltInBanksComeFromTheClasspath() {
        assertThat(BankFiles.builtin()).isNotEmpty().allSatisfy(s -> assertThat(s.name()).startsWith("questions/").endsWith(".yaml"));
    }

    @Test
    void loadingABrokenBankThrowsWithTheFirstProblemLocated() {
        Source bad = new Source("bad.yaml", "questions:\n  - id: x\n");
        assertThatThrownBy(() -> Banks.load(List.of(bad)))
                .isInstanceOf(BankException.class)
                .hasMessageStartingWith("bad.yaml:2:5: missing 'tags' (and ");
    }

    @Test
    void durationsParseTheWrittenForms() {
        assertThat(Durations.parse("90s")).hasValue(Duration.ofSeconds(90));
        assertThat(Durations.parse("3m")).hasValue(Duration.ofMinutes(3));
        assertThat(Durations.parse("1m30s")).hasValue(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h")).hasValue(Duration.ofHours(1));
        assertThat(Durations.parse("")).isEmpty();
        assertThat(Durations.parse("3 min")).isEmpty();
        assertThat(Durations.parse("30s1m")).isEmpty();
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }

    @Test
    void theLanguageComesFromTheLocale() {
        assertThat(Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Lang.ZH);
        assertThat(Lang.fromEnvironment(Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(Lang.EN);
        assertThat(Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"))).isEqualTo(Lang.EN);
        assertThat(Lang.fromEnvironment(Map.of())).isEqualTo(Lang.EN);
    }
}
