package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A question written in one language only is valid, and shown in that language whatever --lang asks for. */
class OneLanguageTest {
    @TempDir
    Path home;

    private static final String BANK = Cli.fixture("banks/one-language.yaml");

    @Test
    void aBankWithOneLanguagePerQuestionIsValid() {
        Cli.Result r = new Cli(home).run("validate", BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("2 questions: ok");
    }

    @Test
    void theDrillFallsBackToTheLanguageTheQuestionHasAndSaysSo() {
        Cli.Result r = new Cli(home).stdin("B starts at zero\n\n3\n").run("drill", "--no-builtin", "--bank", BANK,
                "--order", "bank", "-n", "1", "--lang", "zh");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("own-lora-init", "仅有 en 版", "How are the two LoRA matrices initialised, and why?",
                "要点：覆盖 1/2（50%）", "评分：良好");
        Cli.Result history = new Cli(home).run("history", "--format", "json");
        assertThat(history.out()).contains("\"lang\" : \"en\"").doesNotContain("\"lang\" : \"zh\"");
    }

    @Test
    void aQuestionInTheAskedLanguageSaysNothingAboutIt() {
        Cli.Result r = new Cli(home).stdin("缓存每层的 key 和 value\n\n3\n").run("drill", "--no-builtin", "--bank", BANK,
                "--order", "bank", "--lang", "zh", "--tag", "inference");
        assertThat(r.out()).contains("own-kv-cache", "KV cache 存的是什么").doesNotContain("仅有");
    }

    @Test
    void listShowAndExportUseTheLanguageThereIs() {
        assertThat(new Cli(home).run("list", "--no-builtin", "--bank", BANK, "--lang", "en").out()).contains("KV cache 存的是什么");
        assertThat(new Cli(home).run("show", "own-kv-cache", "--no-builtin", "--bank", BANK, "--lang", "en").out())
                .contains("不必重算前缀");
        Cli.Result json = new Cli(home).run("export", "json", "--no-builtin", "--bank", BANK);
        assertThat(json.exit()).as("%s", json).isZero();
        assertThat(json.out()).contains("\"en\"").doesNotContain("\"zh\" : null", "\"zh\":null");
    }
}
