package viva.report.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.text.Messages;
import viva.practice.Reports;
import viva.practice.TextVersions;
import viva.report.Golden;
import viva.report.ReportScope;
import viva.report.Samples;
import viva.store.Store;
import viva.text.Columns;
import viva.text.StyledLine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTableTest {
    @TempDir
    Path dir;

    @Test
    void aTableNewestFirstWithAnswersWrappedByDisplayWidth() throws Exception {
        try (Store store = Samples.store(dir)) {
            List<String> lines = new HistoryTable(Samples.UTC, 40, TextVersions.of(Samples.catalog()), Messages.ENGLISH)
                    .render(Reports.attempts(store, ReportScope.ALL, 0), true).stream().map(StyledLine::text).toList();
            Golden.check("history.txt", String.join("\n", lines) + "\n");
            // At 40 columns the hints, session, language, year and time against the budget give way to the id.
            assertThat(lines.get(0)).isEqualTo("WHEN         QUESTION         RATING");
            assertThat(lines.get(1)).startsWith("11-05 08:05  lora-init *");
            // The Chinese answer is wrapped at 40 columns, counting each character as two.
            lines.stream().filter(l -> l.startsWith("    ") && l.codePoints().anyMatch(c -> c > 0x2e80))
                    .forEach(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(40));
            assertThat(String.join(" ", lines.subList(lines.size() - 2, lines.size())))
                    .contains("7 attempts shown", "* the question's text has changed since");
        }
    }

    @Test
    void nothingToShowSaysWhereHistoryComesFrom() {
        assertThat(new HistoryTable(Samples.UTC, 80, TextVersions.UNKNOWN, Messages.ENGLISH).render(List.of(), false).stream().map(StyledLine::text))
                .containsExactly("No attempts match. Every rated answer in 'viva drill' is kept here.");
    }
}
