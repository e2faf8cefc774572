package viva.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;
import viva.text.Columns;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table at 40, 80 and 120 columns (and history at 100, where its rows used to wrap): no line wider
 * than the terminal, ids whole, and words whole too, a cut cell ending with '…'. Each word shown is one the
 * same command prints to a pipe, where nothing is cut.
 */
class TablesFitTheTerminalTest {
    private static final String BANK = Cli.fixture("banks/sample.yaml");
    private static final List<String> IDS = List.of("demo-lora-init", "demo-moe-collapse");

    @TempDir
    Path home;

    @BeforeEach
    void practiseInBothLanguages() {
        HistoryCommandTest.drillTwo(home);
        Cli.Result zh = new Cli(home).clock(new StepClock(Instant.parse("2026-11-21T10:00:00Z"), Duration.ofSeconds(30)))
                .stdin("A 用随机高斯分布初始化,B 初始化为零,所以一开始 BA 为零,模型的输出与原预训练模型完全一致。\n\ngood\n\nagain\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--lang", "zh");
        assertThat(zh.exit()).as("%s", zh).isZero();
    }

    /** The language of the settings (VIVA_LANG), which the tables speak. */
    private String lang = "en";

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC").env("VIVA_LANG", lang).clock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void statsFits() {
        for (int width : List.of(40, 80, 120)) {
            fits(width, false, "stats");
        }
    }

    @Test
    void historyFitsWithItsAnswers() {
        for (int width : List.of(40, 80, 100, 120)) {
            fits(width, true, "history", "--answers", "--no-builtin", "--bank", BANK);
        }
    }

    @Test
    void listFitsInBothLanguages() {
        for (int width : List.of(40, 80, 120)) {
            fits(width, true, "list", "--no-builtin", "--bank", BANK);
            fits(width, true, "list", "--no-builtin", "--bank", BANK, "--lang", "zh");
        }
    }

    /** Chinese headings are twice as wide as their characters: the tables still fit, and speak Chinese throughout. */
    @Test
    void tablesInChineseFitAndSpeakChinese() {
        lang = "zh";
        for (int width : List.of(40, 80, 120)) {
            fits(width, false, "stats");
            fits(width, true, "history", "--answers", "--no-builtin", "--bank", BANK);
            fits(width, false, "due", "--no-builtin", "--bank", BANK);
            fits(width, true, "list", "--no-builtin", "--bank", BANK);
        }
        String history = cli().env("COLUMNS", "120").run("history", "--no-builtin", "--bank", BANK).out();
        List<String> rows = history.lines().toList();
        assertThat(rows.get(0)).startsWith("时间").contains("题目", "语言", "用时 / 预算", "提示", "评分", "覆盖率", "场次");
        // Each heading starts in the display column of its cells, though its characters are two columns wide.
        String row = rows.stream().filter(l -> l.contains("重来")).findFirst().orElseThrow();
        assertThat(column(rows.get(0), "评分")).as(history).isEqualTo(column(row, "重来"));
        assertThat(column(rows.get(0), "场次")).as(history).isEqualTo(column(row, "重来") + Columns.width("评分    覆盖率    "));
        assertThat(history).contains("显示 4 次作答，最新的在前", "重来", "良好").doesNotContain("WHEN", "Again", "newest first");
        String stats = cli().env("COLUMNS", "100").run("stats").out();
        assertThat(stats).contains("viva 统计", "按标签，最弱的在前", "最近 2 场的趋势", "练习日，最近 47 周：2 天", "周一", "11月")
                .containsPattern("(?m)^标签 +次  评分 +覆盖率 +用时  超时  趋势$")
                .doesNotContain("By tag", "RATING", "Mon", "Nov");
        String due = cli().env("COLUMNS", "80").run("due", "--no-builtin", "--bank", BANK).out();
        assertThat(due).contains("未来", "全部").containsPattern("(?m)^ +一 +二 +三");
        assertThat(cli().run("list", "--no-builtin", "--bank", BANK).out()).startsWith("编号").contains("标签", "难度", "共 2 题");
    }

    @Test
    void theForecastOfDueFits() {
        for (int width : List.of(40, 80, 120)) {
            fits(width, false, "due", "--no-builtin", "--bank", BANK);
        }
    }

    @Test
    void whatANarrowTerminalGivesUpFirst() {
        String history = cli().env("COLUMNS", "80").run("history", "--no-builtin", "--bank", BANK).out();
        assertThat(history.lines().findFirst().orElseThrow()).startsWith("WHEN              QUESTION")
                .contains("TIME / BUDGET", "RATING", "COVERAGE").doesNotContain("HINTS", "SESSION");
        String narrow = cli().env("COLUMNS", "40").run("history", "--no-builtin", "--bank", BANK).out();
        assertThat(narrow.lines().findFirst().orElseThrow()).isEqualTo("WHEN         QUESTION           RATING");
        assertThat(narrow).contains("11-21 10:").doesNotContain("2026-11-21", "! over budget");
        // Narrower than an id and its figures: each id on a line of its own, whole, its figures under it.
        String stackedList = cli().env("COLUMNS", "30").run("list", "--no-builtin", "--bank", BANK).out();
        assertThat(stackedList).startsWith("ID\n  TAGS          LEVEL    TIME\ndemo-lora-init\n  fine-tuning…  medium   2:00\n");
        String stackedHistory = cli().env("COLUMNS", "30").run("history", "--no-builtin", "--bank", BANK).out();
        assertThat(stackedHistory).startsWith("QUESTION\n  WHEN         RATING\ndemo-moe-collapse\n  11-21 10:02  Again\n");
        String stats = cli().env("COLUMNS", "40").run("stats").out();
        assertThat(stats).contains("TAG           N  RATING  COVERAGE   TIME\n").doesNotContain("TREND", "OVER ");
    }

    @Test
    void aPipeStillGetsEveryColumnUncut() {
        String history = cli().run("history", "--no-builtin", "--bank", BANK).out();
        assertThat(history.lines().findFirst().orElseThrow())
                .isEqualTo("WHEN              QUESTION             LANG  TIME / BUDGET    HINTS  RATING  COVERAGE  SESSION");
        assertThat(cli().run("list", "--no-builtin", "--bank", BANK).out()).contains("How are the two LoRA matrices initialised, and why?");
    }

    private static int column(String line, String word) {
        return Columns.width(line.substring(0, line.indexOf(word)));
    }

    private void fits(int width, boolean showsIds, String... args) {
        Cli.Result r = cli().env("COLUMNS", Integer.toString(width)).run(args);
        assertThat(r.exit()).as("%s", r).isZero();
        String what = width + " columns, " + String.join(" ", args);
        String piped = cli().run(args).out();
        Set<String> words = words(piped);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as(what).allSatisfy(l -> assertThat(Columns.width(l)).as("%s: %s", what, l).isLessThanOrEqualTo(width));
        if (showsIds) {
            assertThat(words(r.out())).as(what).containsAll(IDS);
        }
        List<String> broken = new ArrayList<>();
        for (String word : words(r.out())) {
            if (!whole(word, words, piped)) {
                broken.add(word);
            }
        }
        assertThat(broken).as("words cut without an ellipsis at %s:\n%s", what, r.out()).isEmpty();
    }

    /**
     * A word as the pipe shows it, or cut with an ellipsis; a run of Chinese may be wrapped anywhere between
     * characters; figures, bars and sparklines have no letters, and a minute may lose its year.
     */
    private static boolean whole(String word, Set<String> piped, String pipedText) {
        boolean chinese = word.codePoints().anyMatch(c -> Columns.width(Character.toString(c)) == 2);
        return piped.contains(word) || word.endsWith("…") || (chinese && pipedText.contains(word))
                || word.codePoints().noneMatch(Character::isLetter) || word.matches("\\d\\d-\\d\\d");
    }

    private static Set<String> words(String text) {
        // A word at the end of a clause is the same word: "first;" on a pipe is "first" where the legend is shorter.
        return Arrays.stream(text.split("\\s+")).map(w -> w.replaceAll("[;:,.]+$", "")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
