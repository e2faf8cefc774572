package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCommandTest {
    @TempDir
    Path home;

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");

    private Path config(String text) throws Exception {
        Path file = home.resolve("config/viva/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void showsEverySettingWithItsOrigin() throws Exception {
        Path file = config("count: 5\ntime-scale: 1.5\n");
        Cli.Result r = new Cli(home).env("VIVA_TIME_SCALE", "2").run("--color", "never", "config", "--lang", "zh");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("file: " + file + "\n\nSETTING")
                .containsPattern("lang +zh +flag \\(--lang\\)")
                .containsPattern("count +5 +file \\(" + file + ":1:8\\)")
                .containsPattern("time-scale +2 +environment \\(VIVA_TIME_SCALE\\)")
                .containsPattern("banks +\\(none\\) +default")
                .containsPattern("color +never +flag \\(--color\\)")
                .containsPattern("desired-retention +0.9 +default")
                .containsPattern("new-per-day +10 +default")
                .containsPattern("exam-date +\\(none\\) +default")
                .doesNotContain("\u001b");
    }

    @Test
    void saysWhenThereIsNoFileAndHowToMakeOne() throws Exception {
        Cli.Result r = new Cli(home).run("config");
        assertThat(r.out()).contains("(not found; 'viva config --init' writes one)").containsPattern("lang +en +default \\(from LANG=en_US.UTF-8\\)");
        assertThat(new Cli(home).run("config", "--path").out()).isEqualTo(home.resolve("config/viva/config.yaml") + "\n");
        Cli.Result init = new Cli(home).run("config", "--init");
        assertThat(init.exit()).as("%s", init).isZero();
        assertThat(home.resolve("config/viva/config.yaml")).content().contains("#exam-date: 2026-12-01");
        Cli.Result again = new Cli(home).run("config", "--init");
        assertThat(again.exit()).as("%s", again).isEqualTo(1);
        assertThat(again.err()).endsWith("config.yaml already exists; edit it, or remove it first\n");
    }

    @Test
    void listsEveryProblemWithItsPlaceAndExitsOne() throws Exception {
        Path file = config("count: zero\ncolor: sometimes\n");
        Cli.Result r = new Cli(home).env("VIVA_NEW_PER_DAY", "lots").run("config");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).isEqualTo(file + ":1:8: count: 'zero' is not a whole number from 1 to 1000\n"
                + file + ":2:8: color: 'sometimes' is not one of auto, always, never\n"
                + "environment variable VIVA_NEW_PER_DAY: 'lots' is not a whole number from 0 to 1000\n"
                + "3 problems in the configuration\n");
    }

    @Test
    void otherCommandsStopOnABadConfigurationWithOneLocatedLine() throws Exception {
        Path file = config("lang: fr\n");
        Cli.Result r = new Cli(home).run("list", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: " + file + ":1:7: lang: 'fr' is not one of en, zh\n");
        assertThat(new Cli(home).run("--help").exit()).as("help needs no configuration").isZero();
    }

    @Test
    void theConfiguredLanguageAndBanksReachTheCommands() throws Exception {
        Path banks = Files.createDirectories(home.resolve("more"));
        Files.copy(Path.of(SAMPLE), banks.resolve("sample.yaml"));
        config("lang: zh\nbanks: [" + banks + "]\n");
        Cli.Result r = new Cli(home).run("show", "demo-lora-init", "--no-builtin");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("LoRA 的两个矩阵如何初始化");
        assertThat(new Cli(home).run("show", "demo-lora-init", "--no-builtin", "--lang", "en").out())
                .contains("How are the two LoRA matrices initialised");
        assertThat(new Cli(home).env("VIVA_LANG", "en").run("show", "demo-lora-init", "--no-builtin").out())
                .contains("How are the two LoRA matrices initialised");
    }

    @Test
    void theConfiguredCountAndTimeScaleReachTheDrill() throws Exception {
        config("count: 1\ntime-scale: 2\n");
        Cli.Result r = new Cli(home).stdin("").run("drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank");
        assertThat(r.out()).contains("1/1").doesNotContain("2/2").contains("4:00");
        Cli.Result flag = new Cli(home).stdin("").run("drill", "--no-builtin", "--bank", SAMPLE, "--order", "bank", "-n", "2",
                "--time-scale", "1");
        assertThat(flag.out()).contains("1/2").contains("2:00");
    }

    @Test
    void bankFlagsAddToTheConfiguredBanks() throws Exception {
        Path banks = Files.createDirectories(home.resolve("more"));
        config("banks: [" + banks + "]\n");
        Cli.Result r = new Cli(home).run("config", "--bank", SAMPLE);
        assertThat(r.out()).containsPattern("banks +" + banks + ", " + SAMPLE + " +flag \\(--bank, added to file\\)");
    }
}
