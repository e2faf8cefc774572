package viva.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;
import viva.schedule.Rating;
import viva.store.Histories;
import viva.store.Session;
import viva.store.Store;
import viva.store.StoredAttempt;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report in a real browser: headless Chromium renders it to a PNG, which must be a real
 * picture, with nothing refused or failing on the way. Chromium must be installed (.ci/run installs
 * it); without it this test fails rather than skips. The picture is kept in target/ to look at.
 */
class HtmlChromiumIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theReportRendersInHeadlessChromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("%s is needed for this test: apt-get install chromium", CHROMIUM).isTrue();
        Path html = dir.resolve("report.html");
        Files.writeString(html, HtmlReport.render(report()), StandardCharsets.UTF_8);
        Path png = dir.resolve("report.png");
        Path log = dir.resolve("chromium.log");

        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + png, "--window-size=1200,1600", html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium finished within 2 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(chromium.exitValue()).as(output).isZero();

        // Anything the page tried to run or fetch would be refused by its policy and logged here.
        assertThat(output).doesNotContain("Refused to", "Uncaught", "net::ERR_");
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target/report-chromium.png"), StandardCopyOption.REPLACE_EXISTING);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1600);
        assertThat(colours(image)).as("distinct colours: text, charts and the calendar's greens").isGreaterThan(50);
    }

    /** The sample history plus answers written to break the page. */
    private Report report() throws Exception {
        try (Store store = Samples.store(dir)) {
            Session s = Histories.session(store, Histories.T0.plus(Duration.ofDays(3)));
            for (String answer : List.of("<script>document.body.innerHTML='broken'</script>",
                    "</pre></article><img src=\"https://example.com/x.png\"><style>body{display:none}</style>")) {
                store.add(new StoredAttempt(0, s.id(), "drill", "moe-collapse", "questions/test.yaml", "hash-moe-collapse",
                        Lang.EN, List.of("moe"), Histories.T0.plus(Duration.ofDays(3)), Histories.T0.plus(Duration.ofDays(3)).plusSeconds(50),
                        Duration.ofSeconds(50), Duration.ofSeconds(90), 1, answer, Optional.of(List.of(true, false)), Optional.of(Rating.HARD)));
            }
            return Samples.report(store, ReportScope.ALL, true);
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
