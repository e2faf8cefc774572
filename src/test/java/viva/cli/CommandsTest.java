package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.text.Columns;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.nio.file.Path;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home);
    }

    private static final String SAMPLE = Cli.fixture("banks/sample.yaml");

    @Test
    void listPrintsATableOfTheMatchingQuestions() {
        Cli.Result r = cli().run("list", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("ID", "TAGS", "demo-lora-init", "fine-tuning,lora", "medium", "2:00",
                "How are the two LoRA matrices initialised", "demo-moe-collapse", "2 questions");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listCutsPromptsToTheTerminalWidthByDisplayColumns() {
        // At 70 columns 20 are left for the prompt (at 60, none: the tags are shown whole instead).
        Cli.Result r = cli().env("COLUMNS", "70").run("list", "--no-builtin", "--bank", SAMPLE, "--lang", "zh");
        assertThat(r.exit()).as("%s", r).isZero();
        for (String line : r.out().lines().toList()) {
            assertThat(Columns.width(line)).as(line).isLessThanOrEqualTo(70);
        }
        assertThat(r.out()).contains("题目", "LoRA 的两个矩阵如何…");
    }

    @Test
    void aNarrowListCutsTagsThenLeavesOutPromptsButNeverCutsAnId() {
        Cli.Result r = cli().env("COLUMNS", "70").run("list", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(Columns.width(line)).as(line).isLessThan(70));
        assertThat(r.out()).contains("PROMPT", "demo-lora-init", "fine-tuning,…", "How are the two");
        Cli.Result narrow = cli().env("COLUMNS", "40").run("list", "--no-builtin", "--bank", SAMPLE);
        assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(Columns.width(line)).as(line).isLessThan(40));
        assertThat(narrow.out()).contains("demo-moe-collapse", "fine…", "2:00").doesNotContain("PROMPT", "How are");
    }

    @Test
    void aWrongWordOrNumberInAnOptionIsNamedWithWhatIsAllowed() {
        Cli.Result level = cli().run("list", "--no-builtin", "--bank", SAMPLE, "--difficulty", "meduim");
        assertThat(level.exit()).as("%s", level).isEqualTo(2);
        assertThat(level.err()).startsWith("viva: invalid value for option '--difficulty': 'meduim'; use one of easy, medium, hard"
                + " (closest: medium)\n");
        assertThat(cli().run("list", "--no-builtin", "--bank", SAMPLE, "--lang", "fr").err())
                .startsWith("viva: invalid value for option '--lang': 'fr'; use one of zh, en\n");
        assertThat(cli().run("list", "--no-builtin", "--bank", SAMPLE, "--difficulty", "EASY", "--format", "ids").out())
                .isEqualTo("demo-moe-collapse\n");
        assertThat(cli().run("drill", "--no-builtin", "--bank", SAMPLE, "--time-scale", "slow").err())
                .startsWith("viva: invalid value for option '--time-scale': 'slow' is not a number, e.g. 1.5\n");
    }

    @Test
    void listFiltersByTagAndPrintsIdsOrJson() {
        assertThat(cli().run("list", "--no-builtin", "--bank", SAMPLE, "-t", "moe", "--format", "ids").out())
                .isEqualTo("demo-moe-collapse\n");
        Cli.Result json = cli().run("list", "--no-builtin", "--bank", SAMPLE, "--difficulty", "medium", "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"demo-lora-init\"", "\"time_seconds\" : 120").doesNotContain("moe-routing");
    }

    @Test
    void tagsCountsQuestionsPerTag() {
        Cli.Result r = cli().run("tags", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).containsPattern("fine-tuning\\s+1").containsPattern("moe\\s+1").contains("3 tags, 2 questions");
    }

    @Test
    void showPrintsPromptAnswerAndKeyPointsInTheChosenLanguage() {
        Cli.Result r = cli().run("show", "demo-lora-init", "--no-builtin", "--bank", SAMPLE, "--lang", "zh");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("LoRA 的两个矩阵如何初始化", "B 初始化为零", "第 0 步时 BA 等于多少", "LoRA: Low-Rank Adaptation");
    }

    @Test
    void showWrapsTheAnswerToTheTerminalAndKeepsFormulasWhole() {
        Cli.Result r = cli().env("COLUMNS", "40").run("show", "md-formula", "--no-builtin", "--bank", Cli.fixture("markdown/bank.yaml"));
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(Columns.width(line)).as(line).isLessThanOrEqualTo(39));
        assertThat(r.out()).contains("PPO maximises\n  L_CLIP = E_t[ min( rho_t * A_t, clip…\nwith eps = 0.2,",
                "- the ratio between the new and the old\n  policy", "  • Think of the ratio between the new\n    policy")
                .doesNotContain("\u001b", "`", "**");
    }

    @Test
    void showInColourStylesCodeAndEmphasis() {
        Cli.Result r = cli().run("--color", "always", "show", "md-formula", "--no-builtin", "--bank", Cli.fixture("markdown/bank.yaml"));
        assertThat(r.out()).contains("\u001b[36mpi / pi_old", "\u001b[1mclip");
    }

    @Test
    void showOfAnUnknownIdSuggestsTheClosestOnes() {
        Cli.Result r = cli().run("show", "demo-lora-int", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).isEqualTo("viva: no question with id 'demo-lora-int'; closest: demo-lora-init\n");
    }

    @Test
    void anUnknownTagIsAUsageErrorListingTheClosestTags() {
        Cli.Result r = cli().run("drill", "--no-builtin", "--bank", SAMPLE, "-t", "mo");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).startsWith("viva: unknown tag 'mo'; closest: moe").hasLineCount(1);
    }

    @Test
    void aBadOptionGetsPicocliUsageAndStatusTwo() {
        Cli.Result r = cli().run("drill", "--colour=never");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).startsWith("viva: unknown option: '--colour=never'").contains("--color");
        assertThat(cli().run("drill", "--lang", "fr").err()).contains("use one of zh, en");
        assertThat(cli().run("drill", "-n", "0").err()).contains("'--count': 0 (it must be 1 or more)");
    }

    @Test
    void aBrokenBankStopsTheDrillWithOneLocatedLineAndStatusOne() throws Exception {
        Path bank = home.resolve("broken.yaml");
        Files.writeString(bank, Files.readString(Path.of(SAMPLE)).replace("tags: [moe]", "tgas: [moe]"));
        Cli.Result r = cli().run("drill", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).startsWith("viva: " + bank + ":44:5: unknown key 'tgas' (did you mean 'tags'?)").hasLineCount(1);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Path bank = home.resolve("broken.yaml");
        Files.writeString(bank, "questions: [");
        Cli.Result r = cli().run("--debug", "list", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).contains("BankException", "\tat ");
    }

    @Test
    void aMissingBankPathIsNamed() {
        Cli.Result r = cli().run("list", "--bank", "no/such/bank.yaml");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: cannot read no/such/bank.yaml: no such file or folder\n");
    }

    @Test
    void userBanksInTheDataDirectoryAreLoaded() throws Exception {
        Files.createDirectories(home.resolve("banks"));
        Files.copy(Path.of(SAMPLE), home.resolve("banks/mine.yaml"));
        Cli.Result r = cli().run("list", "--format", "ids", "-t", "lora");
        assertThat(r.out()).contains("demo-lora-init");
    }

    @Test
    void validateReportsEveryProblemAndExitsOne() throws Exception {
        Path bank = home.resolve("two.yaml");
        Files.writeString(bank, "questions:\n  - id: Bad Id\n    difficulty: medum\n");
        Cli.Result r = cli().run("validate", bank.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).contains(bank + ":2:9: id 'Bad Id' is not kebab-case", bank + ":3:17: difficulty 'medum' is not one of easy, medium, hard (did you mean 'medium'?)");
    }

    @Test
    void validateOfAGoodBankSaysOk() {
        Cli.Result r = cli().run("validate", SAMPLE);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).isEqualTo("1 file, 2 questions: ok\n");
    }

    @Test
    void theBuiltInBanksAreClean() {
        Cli.Result r = cli().run("validate", "questions/");
        assertThat(r.out()).endsWith("questions: ok\n");
        assertThat(r.exit()).as("%s", r).isZero();
    }

    @Test
    void helpListsTheCommandsAndVersionPrints() {
        Cli.Result help = cli().run("--help");
        assertThat(help.out()).contains("drill", "list", "tags", "show", "validate", "Exit status");
        assertThat(cli().run("--version").out()).startsWith("viva ");
    }

    @Test
    void theCharsetFollowsTheLocaleNameEvenWhenTheLocaleIsNotInstalled() {
        Function<Map<String, String>, Charset> charset =
                env -> new Context(env, System.in, Clock.systemUTC(), false).charset();
        assertThat(charset.apply(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(charset.apply(Map.of("LANG", "zh_CN.utf8", "LC_ALL", "C"))).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(charset.apply(Map.of())).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void withAnAsciiLocaleShowUsesAsciiMarks() {
        Cli.Result r = cli().env("LANG", "C").run("show", "demo-lora-init", "--no-builtin", "--bank", SAMPLE);
        assertThat(r.out()).contains("demo-lora-init | fine-tuning, lora | medium | 2:00", "  - B starts at zero");
    }

    @Test
    void eachRegisteredNameIsItsCommandsOwn() {
        for (Commands.Entry entry : Commands.ALL) {
            assertThat(entry.type().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(entry.name());
        }
    }

    @Test
    void aRunThatNamesItsSubcommandBuildsOnlyThatOneAndBehavesTheSame() {
        Context context = new Context(Map.of("VIVA_HOME", home.toString()), System.in, Clock.systemUTC(), false);
        assertThat(Main.commandLine(context, new String[]{"--color", "never", "--debug", "list", "-t", "moe"}).getSubcommands())
                .containsOnlyKeys("list");
        assertThat(Main.commandLine(context, new String[]{"--help"}).getSubcommands()).containsKeys("drill", "list", "help");
        assertThat(Main.commandLine(context, new String[]{"help", "drill"}).getSubcommands()).hasSize(Commands.ALL.size());
        assertThat(Main.commandLine(context, new String[]{"lsit"}).getSubcommands()).hasSize(Commands.ALL.size());
        // The version needs no subcommand at all.
        assertThat(Main.commandLine(context, new String[]{"--version"}).getSubcommands()).isEmpty();
        // Inherited options and the error handlers reach a subcommand added on its own.
        var cl = Main.commandLine(context, new String[]{"tags", "--debug"});
        var err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("tags", "--debug", "--bank", "no/such.yaml")).isEqualTo(1);
        assertThat(err.toString()).contains("viva: cannot read no/such.yaml", "NoSuchFileException");
    }

    @Test
    void tagsMatchWhateverTheirCase() {
        Cli.Result r = new Cli(home).run("list", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "-t", "MoE", "--format", "ids");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out().lines()).containsExactly("demo-moe-collapse");
    }

    @Test
    void aBadDateSaysTheFormItMustHave() {
        Cli.Result r = new Cli(home).run("drill", "--exam", "12-14-2026");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("'12-14-2026' is not a date; use YYYY-MM-DD, e.g. 2026-12-14").doesNotContain("DateTimeParseException");
    }
}
