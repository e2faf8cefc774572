package viva.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.practice.Reports;
import viva.practice.TextVersions;
import viva.schedule.FsrsParameters;
import viva.schedule.Scheduler;
import viva.store.Store;

import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report whose attempts stream from the history as it is written is the same, byte for byte, as one that holds
 * them; it reads them afresh each time it is written, and writing leaves the caller's writer open.
 */
class StreamedReportTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatIsTheSameStreamedAsHeld() throws Exception {
        try (Store store = Samples.store(dir)) {
            Report held = Samples.report(store, ReportScope.ALL, true);
            Report streamed = Reports.streamed(store, ReportScope.ALL, true, Samples.NOW, Samples.UTC)
                    .markChanged(TextVersions.of(Samples.catalog()));
            assertThat(streamed.attempts().included()).isTrue();

            StringWriter json = new StringWriter();
            JsonReport.render(streamed, json);
            json.write("after");
            assertThat(json.toString()).isEqualTo(JsonReport.render(held) + "after");
            StringWriter csv = new StringWriter();
            CsvReport.render(streamed, csv);
            assertThat(csv.toString()).isEqualTo(CsvReport.render(held)).contains("B starts at zero so BA = 0");
            assertThat(MarkdownReport.render(streamed)).isEqualTo(MarkdownReport.render(held));
            assertThat(HtmlReport.render(streamed)).isEqualTo(HtmlReport.render(held));
            // Read again for a second writing, not used up by the first.
            assertThat(JsonReport.render(streamed)).isEqualTo(JsonReport.render(held));
        }
    }

    @Test
    void withoutAnswersThereAreNoAttemptsToRead() throws Exception {
        try (Store store = Samples.store(dir)) {
            Report report = Reports.streamed(store, ReportScope.ALL, false, Samples.NOW, Samples.UTC);
            assertThat(report.attempts().included()).isFalse();
            assertThat(CsvReport.render(report)).doesNotContain("\nattempt,");
            assertThat(JsonReport.render(report)).contains("\"attempts\" : [ ]");
        }
    }

    /** A history just copied or imported has no saved memory: the first report replays it, and keeps it for the next. */
    @Test
    void aReportThatReplayedTheMemorySavesIt() throws Exception {
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        try (Store store = Samples.store(dir)) {
            assertThat(store.remember(scheduler).saved()).isFalse();
            Reports.streamed(store, ReportScope.ALL, false, Samples.NOW, Samples.UTC);
            assertThat(store.remember(scheduler).saved()).isTrue();
        }
    }
}
