package viva.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report's layout at 1200 px, as headless Chromium lays it out, over a history with the built-in
 * banks' longest ids, file names and tags. A copy of the report gets a measuring script (measure.js; the
 * report itself has none) and Chromium's DOM dump brings back what it measured: no table cell splits a
 * word, no table is wider than the page, the tag chart has its legend, the trend chart an axis for rating
 * and one for coverage, and no chart text falls outside its chart. A screenshot of the report itself, kept
 * in target/, must have nothing in the page's margins. Without Chromium this test fails rather than skips.
 */
class HtmlLayoutChromiumIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1200;
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    private static final Pattern LAYOUT = Pattern.compile("<pre id=\"layout\">([^<]*)</pre>");

    /** The longest ids, bank files and tags of the built-in banks, which are what broke the tables. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("training-efficiency-sequence-context-parallelism", "questions/training-efficiency.yaml", "training-efficiency", "parallelism"),
            List.of("pretraining-mlm-mask-token-vs-attention-mask", "questions/pretraining.yaml", "pretraining", "tokenization"),
            List.of("test-time-compute-automatic-process-labels", "questions/test-time-compute.yaml", "test-time-compute", "reward-models"),
            List.of("hallucination-rag-citation-grounding", "questions/hallucination-rag.yaml", "hallucination-rag", "retrieval"),
            List.of("alignment-reward-hacking", "questions/alignment.yaml", "alignment", "rlhf"));

    @TempDir
    Path dir;

    @Test
    void atTwelveHundredPixelsNoCellSplitsAWordAndEachChartExplainsItself() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("%s is needed for this test: apt-get install chromium", CHROMIUM).isTrue();
        String html = HtmlReport.render(report());
        JsonNode layout = measure(html);

        assertThat(layout.get("width").asInt()).as("the window's width").isEqualTo(WIDTH);
        assertThat(layout.get("cells").asInt()).as("table cells measured").isGreaterThan(100);
        assertThat(layout.get("split")).as("words split across lines in a table cell").isEmpty();
        assertThat(layout.get("tall")).as("cells without a space that take more than one line").isEmpty();
        assertThat(layout.get("scrolled")).as("tables wider than the page").isEmpty();
        assertThat(layout.get("pageWidth").asInt()).as("the page's width").isLessThanOrEqualTo(WIDTH);

        JsonNode tags = chart(layout, "tag-chart");
        assertThat(texts(tags.get("legend"))).as("the tag chart's legend").anyMatch(t -> t.startsWith("mean rating"))
                .anyMatch(t -> t.startsWith("key-point coverage"));
        assertThat(tags.get("legendBox").get("right").asDouble() - tags.get("legendBox").get("left").asDouble()).isGreaterThan(200);
        assertThat(texts(tags.get("rating").get("texts"))).contains("0", "4", "rating");
        assertThat(texts(tags.get("coverage").get("texts"))).contains("0%", "100%", "coverage");

        JsonNode trend = chart(layout, "trend");
        assertThat(texts(trend.get("legend"))).anyMatch(t -> t.startsWith("mean rating")).anyMatch(t -> t.startsWith("key-point coverage"));
        assertThat(texts(trend.get("rating").get("texts"))).contains("1", "2", "3", "4", "mean rating (1-4)").doesNotContain("0%");
        assertThat(texts(trend.get("coverage").get("texts"))).contains("0%", "50%", "100%", "coverage (0-100%)").doesNotContain("4");
        double middle = (trend.get("box").get("left").asDouble() + trend.get("box").get("right").asDouble()) / 2;
        assertThat(trend.get("rating").get("box").get("right").asDouble()).as("the rating axis is on the left").isLessThan(middle);
        assertThat(trend.get("coverage").get("box").get("left").asDouble()).as("the coverage axis is on the right").isGreaterThan(middle);
        for (String axis : List.of("rating", "coverage")) {
            JsonNode title = trend.get(axis).get("titles").get(0).get("box");
            assertThat(title.get("bottom").asDouble() - title.get("top").asDouble())
                    .as("the %s axis title runs along its axis", axis).isGreaterThan(title.get("right").asDouble() - title.get("left").asDouble());
        }
        for (JsonNode chart : layout.get("charts")) {
            assertThat(chart.get("outside")).as("text outside the %s chart", chart.get("name").asText()).isEmpty();
        }

        BufferedImage image = screenshot(html, Math.min(8000, layout.get("height").asInt()));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(marginInk(image)).as("pixels drawn in the page's margins (something overflows)").isZero();
    }

    /** Chromium's figures for a copy of the page that may run the measuring script, and nothing else. */
    private JsonNode measure(String html) throws Exception {
        assertThat(html).contains(POLICY, "</body>");
        String measured = html.replace(POLICY, POLICY + "; script-src 'unsafe-inline'")
                .replace("</body>", "<script>\n" + script() + "</script>\n</body>");
        Path page = dir.resolve("measured.html");
        Files.writeString(page, measured, StandardCharsets.UTF_8);
        Path dom = dir.resolve("dom.html");
        run(dom, "--dump-dom", "--window-size=" + WIDTH + ",1000", page.toUri().toString());
        Matcher m = LAYOUT.matcher(Files.readString(dom, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the measuring script's result in the DOM dump (%s)", dom).isTrue();
        return new ObjectMapper().readTree(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }

    private BufferedImage screenshot(String html, int height) throws Exception {
        Path page = dir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path png = dir.resolve("report.png");
        run(dir.resolve("screenshot.out"), "--screenshot=" + png, "--hide-scrollbars", "--window-size=" + WIDTH + "," + height,
                page.toUri().toString());
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target/report-layout-1200.png"), StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(png.toFile());
    }

    private void run(Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path log = dir.resolve("chromium.log");
        Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium finished within 2 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(chromium.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Refused to", "Uncaught", "net::ERR_");
    }

    private static String script() throws IOException {
        try (InputStream in = HtmlLayoutChromiumIT.class.getResourceAsStream("/report/chromium/measure.js")) {
            assertThat(in).as("measure.js on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Twelve sessions on twelve days over the long names, with ratings and coverage that move. */
    private Report report() throws Exception {
        try (Store store = Store.open(dir.resolve("viva.db"))) {
            Rating[] ratings = Rating.values();
            for (int day = 0; day < 12; day++) {
                Instant start = Histories.T0.plus(Duration.ofDays(day));
                Session s = Histories.session(store, start);
                for (int q = 0; q < QUESTIONS.size(); q++) {
                    List<String> question = QUESTIONS.get(q);
                    Instant end = start.plusSeconds(120L * (q + 1));
                    int taken = 60 + 17 * ((day + q) % 7);
                    store.add(new StoredAttempt(0, s.id(), "drill", question.get(0), question.get(1), "hash-" + question.get(0),
                            Lang.EN, question.subList(2, 4), end.minusSeconds(taken), end, Duration.ofSeconds(taken),
                            Duration.ofSeconds(90), 0, "An answer that goes on for a while about " + question.get(0),
                            Optional.of(List.of(day % 2 == 0, (day + q) % 3 != 0, q % 2 == 0)),
                            Optional.of(ratings[(q + day % 3) % ratings.length])));
                }
                store.endSession(s.id(), start.plusSeconds(700));
            }
            return Reports.build(store, ReportScope.ALL, true, Samples.NOW, Samples.UTC).markChanged(TextVersions.UNKNOWN);
        }
    }

    private static JsonNode chart(JsonNode layout, String name) {
        for (JsonNode chart : layout.get("charts")) {
            if (chart.get("name").asText().equals(name)) {
                return chart;
            }
        }
        throw new AssertionError("no chart " + name + " in " + layout.get("charts"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Non-white pixels in the 50 px on either side of the 1100 px page. */
    private static int marginInk(BufferedImage image) {
        int ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean margin = x < 50 || x >= image.getWidth() - 50;
                if (margin && (image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
