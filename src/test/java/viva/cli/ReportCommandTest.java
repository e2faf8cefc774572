package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.config.DataDir;
import viva.store.Session;
import viva.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    Path home;

    private Cli cli() {
        return new Cli(home).env("TZ", "UTC");
    }

    @Test
    void theLastSessionAsMarkdownWithItsAnswers() {
        HistoryCommandTest.drillTwo(home);
        Cli.Result r = cli().run("report", "--session", "last", "--no-builtin", "--bank", HistoryCommandTest.BANK);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).startsWith("# viva score report\n\nsession 1 · generated")
                .contains("## Summary", "## By tag, weakest first", "## By question", "## Slowest questions",
                        "## Weakest questions", "## Sessions", "## Attempts", "```text\nB starts at zero | A is <b>Gaussian</b>\n```",
                        "answered aloud");
    }

    /** report, import and export share one rule: no overwriting without --force, and a missing folder is named. */
    @Test
    void anExistingFileIsKeptWithoutForceAndAMissingFolderIsNamed() throws Exception {
        HistoryCommandTest.drillTwo(home);
        Path file = home.resolve("report.md");
        Files.writeString(file, "mine");
        Cli.Result kept = cli().run("report", "-o", file.toString());
        assertThat(kept.exit()).as("%s", kept).isEqualTo(1);
        assertThat(kept.err()).contains(file + " already exists; use --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(cli().run("report", "-o", file.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(file)).startsWith("# viva score report");

        Path missing = home.resolve("no/such/folder/r.md");
        Cli.Result r = cli().run("report", "-o", missing.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).contains("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist")
                .doesNotContain(".tmp");
    }

    @Test
    void eachFormatToAFile() throws Exception {
        HistoryCommandTest.drillTwo(home);
        for (String format : new String[]{"md", "html", "csv", "json"}) {
            Path file = home.resolve("report." + format);
            Cli.Result r = cli().run("report", "--format", format, "-o", file.toString());
            assertThat(r.exit()).as(format).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("Wrote " + file + "\n");
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readString(home.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
        JsonNode json = new ObjectMapper().readTree(home.resolve("report.json").toFile());
        assertThat(json.get("schema_version").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/attempts").asInt()).isEqualTo(2);
        assertThat(json.get("attempts")).isEmpty();
        assertThat(Files.readString(home.resolve("report.csv"))).startsWith("section,key,at,");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void theDrillKeepsItsSessionWithFiltersAndSeed() throws Exception {
        HistoryCommandTest.drillTwo(home);
        try (Store store = Store.open(DataDir.database(Map.of("VIVA_HOME", home.toString())))) {
            Session s = store.session(1).orElseThrow();
            assertThat(s.mode()).isEqualTo("drill");
            assertThat(s.seed()).hasValue(5);
            assertThat(s.endedAt()).isPresent();
            assertThat(new ObjectMapper().readTree(s.filters()).get("order").asText()).isEqualTo("bank");
            assertThat(new ObjectMapper().readTree(s.filters()).get("count").asInt()).isEqualTo(10);
        }
    }

    @Test
    void anUnknownSessionIsAUsageError() {
        HistoryCommandTest.drillTwo(home);
        Cli.Result r = cli().run("report", "--session", "42");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("there is no session 42");
        assertThat(cli().run("report", "--session", "latest").err()).contains("'latest' is not a session; give its number or 'last'");
    }
}
