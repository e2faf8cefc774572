package viva.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigsTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private Path file(String text) throws Exception {
        env.put("XDG_CONFIG_HOME", dir.toString());
        env.put("HOME", dir.toString());
        Path file = dir.resolve("viva/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theFileLivesUnderXdgConfigHomeOrHomeOrWhereVivaConfigSays() {
        assertThat(Configs.file(Map.of("XDG_CONFIG_HOME", "/x"))).isEqualTo(Path.of("/x/viva/config.yaml"));
        assertThat(Configs.file(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.config/viva/config.yaml"));
        assertThat(Configs.file(Map.of("VIVA_CONFIG", "/c.yaml", "XDG_CONFIG_HOME", "/x"))).isEqualTo(Path.of("/c.yaml"));
    }

    @Test
    void withoutAFileEverySettingIsTheDefaultAndTheLocalePicksTheLanguage() {
        env.put("XDG_CONFIG_HOME", dir.toString());
        env.put("LANG", "zh_CN.UTF-8");
        Config config = Configs.load(env);
        assertThat(config.fileFound()).isFalse();
        assertThat(config.all()).allMatch(s -> s.origin() == Origin.DEFAULT);
        assertThat(config.lang()).isEqualTo(Lang.ZH);
        assertThat(config.get(Key.LANG).where()).isEqualTo("from LANG=zh_CN.UTF-8");
        assertThat(config.count()).isEqualTo(10);
        assertThat(config.timeScale()).isEqualTo(1.0);
        assertThat(config.banks()).isEmpty();
        assertThat(config.color()).isEqualTo(ColorChoice.AUTO);
        assertThat(config.desiredRetention()).isEqualTo(0.9);
        assertThat(config.newPerDay()).isEqualTo(10);
        assertThat(config.examDate()).isEmpty();
    }

    @Test
    void everyKeyIsReadFromTheFileWithItsPosition() throws Exception {
        Files.createDirectories(dir.resolve("viva/banks"));
        Path file = file("""
                lang: zh
                count: 5
                time-scale: 1.5
                banks: [banks, ~/viva]
                color: never
                desired-retention: 0.85
                new-per-day: 4
                exam-date: 2026-12-01
                """);
        Config config = Configs.load(env);
        assertThat(config.fileFound()).isTrue();
        assertThat(config.lang()).isEqualTo(Lang.ZH);
        assertThat(config.count()).isEqualTo(5);
        assertThat(config.timeScale()).isEqualTo(1.5);
        assertThat(config.banks()).containsExactly(dir.resolve("viva/banks"), dir.resolve("viva"));
        assertThat(config.color()).isEqualTo(ColorChoice.NEVER);
        assertThat(config.desiredRetention()).isEqualTo(0.85);
        assertThat(config.newPerDay()).isEqualTo(4);
        assertThat(config.examDate()).contains(LocalDate.of(2026, 12, 1));
        assertThat(config.get(Key.COUNT)).isEqualTo(new Setting(Key.COUNT, 5, Origin.FILE, file + ":2:8"));
    }

    @Test
    void theEnvironmentBeatsTheFileAndAFlagBeatsBoth() throws Exception {
        file("count: 5\nlang: en\n");
        env.put("VIVA_COUNT", "7");
        env.put("VIVA_BANKS", dir + ":" + dir.resolve("viva"));
        Config config = Configs.load(env);
        assertThat(config.get(Key.COUNT)).isEqualTo(new Setting(Key.COUNT, 7, Origin.ENVIRONMENT, "VIVA_COUNT"));
        assertThat(config.banks()).containsExactly(dir, dir.resolve("viva"));
        assertThat(config.withFlag(Key.COUNT, 3, "--count").get(Key.COUNT))
                .isEqualTo(new Setting(Key.COUNT, 3, Origin.FLAG, "--count"));
        assertThat(config.withFlag(Key.COUNT, null, "--count").count()).isEqualTo(7);
        assertThat(config.get(Key.LANG).origin()).isEqualTo(Origin.FILE);
    }

    @Test
    void theFileBeatsTheLocaleBecauseTheLocaleIsOnlyADefault() throws Exception {
        file("lang: en\n");
        env.put("LANG", "zh_CN.UTF-8");
        assertThat(Configs.load(env).lang()).isEqualTo(Lang.EN);
        env.put("VIVA_LANG", "zh");
        assertThat(Configs.load(env).lang()).isEqualTo(Lang.ZH);
    }

    @Test
    void everyProblemIsLocatedAndReportedAtOnce() throws Exception {
        Path file = file("""
                lang: fr
                count: 0
                time-scale: fast
                colour: never
                desired-retention: 0.5
                new-per-day: -1
                exam-date: 1 December
                banks: [no/such/folder]
                count: 3
                """);
        Configs.Check check = Configs.check(env);
        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).containsExactly(
                file + ":1:7: lang: 'fr' is not one of en, zh",
                file + ":2:8: count: '0' is not a whole number from 1 to 1000",
                file + ":3:13: time-scale: 'fast' is not a number from 0.1 to 10",
                file + ":4:1: unknown setting 'colour' (did you mean 'color'?); the settings are lang, count, time-scale, banks, color, desired-retention, new-per-day, exam-date, leech-threshold, history, learner",
                file + ":5:20: desired-retention: '0.5' is not a number from 0.7 to 0.99",
                file + ":6:14: new-per-day: '-1' is not a whole number from 0 to 1000",
                file + ":7:12: exam-date: '1 December' is not a date written YYYY-MM-DD, e.g. 2026-12-01",
                file + ":8:9: banks: no such file or folder: " + dir.resolve("viva/no/such/folder"),
                file + ":9:1: 'count' is set twice (first at line 2)");
        assertThatThrownBy(() -> Configs.load(env)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":1:7: lang: 'fr' is not one of en, zh (and 8 more; run 'viva config')");
    }

    @Test
    void syntaxErrorsAndWrongShapesAreLocatedToo() throws Exception {
        Path file = file("count: [\n");
        assertThat(Configs.check(env).problems()).singleElement().asString().isEqualTo(file + ":2:1: not valid YAML: expected the node content, but found '<stream end>' (while parsing a flow node)");
        file("- count\n");
        assertThat(Configs.check(env).problems()).containsExactly(file + ":1:1: expected settings as 'key: value' lines, e.g. 'count: 5'");
        file("count:\n  n: 3\nbanks: 3\n");
        assertThat(Configs.check(env).problems()).containsExactly(
                file + ":2:3: count needs a single value, e.g. 'count: 5'",
                file + ":3:8: banks needs a list of paths, e.g. [~/notes/banks]");
        file("");
        assertThat(Configs.check(env).ok()).isTrue();
    }

    @Test
    void aBadEnvironmentVariableIsNamed() {
        env.put("XDG_CONFIG_HOME", dir.toString());
        env.put("VIVA_TIME_SCALE", "20");
        env.put("VIVA_COLOR", "sometimes");
        assertThat(Configs.check(env).problems()).containsExactly(
                "environment variable VIVA_TIME_SCALE: '20' is not a number from 0.1 to 10",
                "environment variable VIVA_COLOR: 'sometimes' is not one of auto, always, never");
        env.put("VIVA_TIME_SCALE", "");
        env.remove("VIVA_COLOR");
        assertThat(Configs.check(env).ok()).as("an empty variable counts as unset").isTrue();
    }

    @Test
    void theTemplateIsAValidFileThatChangesNothing() throws Exception {
        file(Template.text());
        Config config = Configs.load(env);
        assertThat(config.all()).allMatch(s -> s.origin() == Origin.DEFAULT);
        for (Key key : Key.values()) {
            assertThat(Template.text()).contains("#" + key.yamlName() + ": ", key.envName());
        }
        // Uncommenting every line gives a valid file as well.
        Files.createDirectories(dir.resolve("notes/banks"));
        file(Template.text().replaceAll("(?m)^#(?=[a-z])", "").replace("~/notes/banks", dir.resolve("notes/banks").toString()));
        assertThat(Configs.check(env).problems()).isEmpty();
        assertThat(Configs.load(env).all()).allMatch(s -> s.origin() == Origin.FILE);
    }

    @Test
    void valuesPrintAsTheyAreWritten() {
        assertThat(Values.show(1.0)).isEqualTo("1");
        assertThat(Values.show(0.85)).isEqualTo("0.85");
        assertThat(Values.show(List.of())).isEqualTo("(none)");
        assertThat(Values.show(null)).isEqualTo("(none)");
        assertThat(Values.show(ColorChoice.NEVER)).isEqualTo("never");
    }
}
