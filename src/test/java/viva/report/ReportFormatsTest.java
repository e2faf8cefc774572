package viva.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;
import viva.practice.Reports;
import viva.practice.TextVersions;
import viva.schedule.Rating;
import viva.store.Histories;
import viva.store.Session;
import viva.store.Store;
import viva.store.StoredAttempt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** Each format against its golden file, and every user-written text made harmless in each. */
class ReportFormatsTest {
    @TempDir
    Path dir;

    @Test
    void markdownMatchesItsGoldenFile() throws Exception {
        try (Store store = Samples.store(dir)) {
            Golden.check("report.md", MarkdownReport.render(Samples.report(store, ReportScope.ALL, true)));
        }
    }

    @Test
    void htmlMatchesItsGoldenFile() throws Exception {
        try (Store store = Samples.store(dir)) {
            Golden.check("report.html", HtmlReport.render(Samples.report(store, ReportScope.ALL, true)));
        }
    }

    @Test
    void csvMatchesItsGoldenFile() throws Exception {
        try (Store store = Samples.store(dir)) {
            Golden.check("report.csv", CsvReport.render(Samples.report(store, ReportScope.ALL, true)));
        }
    }

    @Test
    void jsonMatchesItsGoldenFile() throws Exception {
        try (Store store = Samples.store(dir)) {
            Golden.check("report.json", JsonReport.render(Samples.report(store, ReportScope.ALL, true)));
        }
    }

    @Test
    void aSessionReportMatchesItsGoldenFile() throws Exception {
        try (Store store = Samples.store(dir)) {
            Golden.check("session-2.md", MarkdownReport.render(Samples.report(store, ReportScope.ALL.withSession(2), true)));
        }
    }

    @Test
    void anEmptyHistoryStillMakesAReport() throws Exception {
        try (Store store = Store.openForReading(dir.resolve("none.db"))) {
            Report report = Reports.build(store, ReportScope.ALL, false, Samples.NOW, Samples.UTC).markChanged(TextVersions.UNKNOWN);
            assertThat(MarkdownReport.render(report)).contains("No attempts recorded in this scope yet.");
            assertThat(HtmlReport.render(report)).contains("No attempts recorded").endsWith("</html>\n");
            assertThat(new ObjectMapper().readTree(JsonReport.render(report)).at("/summary/attempts").asInt()).isZero();
            assertThat(CsvReport.render(report)).startsWith("section,key,");
        }
    }

    @Test
    void htmlCountsReadRightAndEachChartSaysWhatItShows() throws Exception {
        try (Store store = Store.open(dir.resolve("one-day.db"))) {
            Session s = Histories.session(store, Histories.T0);
            store.add(Histories.typed(s.id(), "moe-collapse", List.of("moe"), Histories.T0.plusSeconds(60), 50, 90, Rating.GOOD,
                    "an answer", true));
            String html = HtmlReport.render(Reports.build(store, ReportScope.ALL, false, Samples.NOW, Samples.UTC)
                    .markChanged(TextVersions.UNKNOWN));
            assertThat(html).contains("1 day with practice").doesNotContain("1 days");
            assertThat(html).contains("<g class=\"legend\">", "mean rating, 0-4", "key-point coverage, 0-100%",
                    "<g class=\"axis axis-rating\">", "<g class=\"axis axis-coverage\">", "mean rating (1-4)", "coverage (0-100%)");
        }
        try (Store store = Samples.store(dir)) {
            assertThat(HtmlReport.render(Samples.report(store, ReportScope.ALL, false))).contains("3 days with practice");
        }
    }

    @Test
    void htmlKeepsIdsFileNamesAndDatesWhole() throws Exception {
        try (Store store = Samples.store(dir)) {
            String html = HtmlReport.render(Samples.report(store, ReportScope.ALL, false));
            assertThat(html).contains("<td class=\"w\">moe-collapse</td>", "<span class=\"w\">questions/test.yaml</span>",
                    "<span class=\"w\">fine-tuning</span>, <span class=\"w\">lora</span>", "<td class=\"w\">2026-11-05 08:05</td>");
        }
    }

    @Test
    void jsonCarriesItsSchemaVersionAndMarksChangedQuestions() throws Exception {
        try (Store store = Samples.store(dir)) {
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(Samples.report(store, ReportScope.ALL, false)));
            assertThat(json.get("schema_version").asInt()).isEqualTo(1);
            assertThat(json.at("/summary/attempts").asInt()).isEqualTo(7);
            assertThat(json.at("/questions/1/id").asText()).isEqualTo("lora-init");
            assertThat(json.at("/questions/1/changed_since").asBoolean()).isTrue();
            assertThat(json.at("/questions/0/changed_since").asBoolean()).isFalse();
            assertThat(json.get("attempts")).isEmpty();
            assertThat(json.at("/tags/0/tag").asText()).isEqualTo("moe");
        }
    }

    @Test
    void aCohortsReportHasATableOfLearnersInEachFormatWithTheirNamesMadeHarmless() throws Exception {
        try (Store store = Samples.store(dir)) {
            // A server's role name may be quoted into anything; the setting's names are plainer, the server's need not be.
            Report report = Samples.report(store, ReportScope.ALL, false).withLearners(List.of(
                    new LearnerRow("alice", 5, 2.4, OptionalDouble.of(61.54), List.of("moe", "lora")),
                    new LearnerRow("<b>bob|=x</b>", 2, 1.0, OptionalDouble.empty(), List.of())));
            assertThat(MarkdownReport.render(report)).contains("## Learners", "| alice | 5 | 2.40 | 62% | moe, lora |",
                    "| &lt;b&gt;bob\\|=x&lt;/b&gt; | 2 | 1.00 | n/a |  |");
            assertThat(HtmlReport.render(report)).contains("<h2>Learners</h2>", "<td class=\"w\">&lt;b&gt;bob|=x&lt;/b&gt;</td>")
                    .doesNotContain("<b>bob");
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
            assertThat(json.at("/learners/0/learner").asText()).isEqualTo("alice");
            assertThat(json.at("/learners/0/mean_coverage").asDouble()).isEqualTo(61.54);
            assertThat(json.at("/learners/0/weakest_tags/1").asText()).isEqualTo("lora");
            assertThat(json.at("/learners/1/mean_coverage").isNull()).isTrue();
            List<Map<String, String>> rows = readCsv(CsvReport.render(report)).stream()
                    .filter(r -> r.get("section").equals("learner")).toList();
            assertThat(rows).extracting(r -> r.get("key") + ";" + r.get("attempts") + ";" + r.get("tags"))
                    .containsExactly("alice;5;moe lora", "<b>bob|=x</b>;2;");
            assertThat(MarkdownReport.render(Samples.report(store, ReportScope.ALL, false))).doesNotContain("Learners");
        }
    }

    /** Answers and a bank name written to break each format. */
    private Report hostile() throws Exception {
        Store store = Store.open(dir.resolve("hostile.db"));
        Session s = Histories.session(store, Histories.T0);
        String bank = "banks/a|b<i>x</i>.yaml";
        for (String answer : List.of("<script>alert('x')</script> | col | </td></tr></table>", "=1+2", "+SUM(A1)", "-2+3",
                "@cmd", "\tTAB", "line one\n| not a row |\n```\n# not a heading", "</pre><img src=x onerror=alert(1)>")) {
            store.add(new StoredAttempt(0, s.id(), "drill", "q-" + Math.abs(answer.hashCode()), bank, "h", Lang.EN,
                    List.of("t"), Histories.T0, Histories.T0.plusSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(60),
                    0, answer, Optional.of(List.of(true)), Optional.of(Rating.GOOD)));
        }
        Report report = Reports.build(store, ReportScope.ALL, true, Samples.NOW, Samples.UTC).markChanged(TextVersions.UNKNOWN);
        store.close();
        return report;
    }

    @Test
    void htmlEscapesEveryUserText() throws Exception {
        String html = HtmlReport.render(hostile());
        assertThat(html).doesNotContain("<script", "<img", "<i>", "</td></tr></table> ", "</pre><");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | col |",
                "banks/a|b&lt;i&gt;x&lt;/i&gt;.yaml", "&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("Content-Security-Policy").doesNotContain("http://", "https://", "<link", "url(");
    }

    @Test
    void markdownEscapesEveryUserText() throws Exception {
        String md = MarkdownReport.render(hostile());
        // Every table row keeps its header's column count: a '|' in a cell is escaped.
        long columns = -1;
        String previous = "";
        for (String line : md.lines().toList()) {
            long pipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
            if (line.startsWith("|") && !previous.startsWith("|")) {
                columns = pipes;
            } else if (line.startsWith("|")) {
                assertThat(pipes).as(line).isEqualTo(columns);
            }
            previous = line;
        }
        assertThat(md).contains("banks/a\\|b&lt;i&gt;x&lt;/i&gt;.yaml").doesNotContain("<i>");
        // Answers sit in fences longer than any backtick run inside them; HTML there is shown, not run.
        assertThat(md).contains("````text\nline one\n| not a row |\n```\n# not a heading\n````");
        md.lines().filter(l -> l.contains("<script>")).forEach(l -> assertThat(l).startsWith("<script>alert"));
        assertThat(md.lines().filter(l -> l.contains("<script>")).count()).isEqualTo(1);
        assertThat(sectionAround(md, "<script>")).startsWith("```text");
    }

    @Test
    void csvNeutralisesFormulasAndKeepsTheTextOtherwise() throws Exception {
        String csv = CsvReport.render(hostile());
        List<Map<String, String>> rows = readCsv(csv);
        List<String> answers = rows.stream().filter(r -> r.get("section").equals("attempt")).map(r -> r.get("answer")).toList();
        assertThat(answers).contains("'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tTAB",
                "line one\n| not a row |\n```\n# not a heading", "<script>alert('x')</script> | col | </td></tr></table>");
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@"));
        assertThat(rows).filteredOn(r -> r.get("section").equals("question")).allSatisfy(r ->
                assertThat(r.get("bank")).isEqualTo("banks/a|b<i>x</i>.yaml"));
    }

    @Test
    void neutralisingLeavesOrdinaryTextAlone() {
        assertThat(Csv.neutralise("B is zero")).isEqualTo("B is zero");
        assertThat(Csv.neutralise("")).isEmpty();
        assertThat(Csv.neutralise("a=b")).isEqualTo("a=b");
        assertThat(Csv.neutralise("=a")).isEqualTo("'=a");
    }

    static List<Map<String, String>> readCsv(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static String sectionAround(String text, String needle) {
        int at = text.indexOf(needle);
        int fence = text.lastIndexOf("```", at);
        return text.substring(fence, at);
    }
}
