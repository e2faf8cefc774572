package viva.report.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.text.Messages;
import viva.report.Golden;
import viva.report.Report;
import viva.report.ReportScope;
import viva.report.Samples;
import viva.store.Store;
import viva.term.Palette;
import viva.text.Columns;
import viva.text.Glyphs;
import viva.text.StyledLine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatsTableTest {
    @TempDir
    Path dir;

    private static final boolean PLAIN = false;
    private static final boolean COLOUR = true;

    /** The table as 'viva stats' prints it, through the palette. */
    private List<String> render(Glyphs glyphs, boolean colour, int width) throws Exception {
        try (Store store = Samples.store(dir)) {
            Report report = Samples.report(store, ReportScope.ALL, false);
            List<StyledLine> lines = new StatsTable(glyphs, width, Messages.ENGLISH).render(report, LocalDate.parse("2026-11-06"));
            return lines.stream().map(Palette.of(colour)::printed).toList();
        }
    }

    @Test
    void matchesItsGoldenFile() throws Exception {
        Golden.check("stats.txt", String.join("\n", render(Glyphs.UNICODE, PLAIN, 80)) + "\n");
    }

    @Test
    void asciiIsAsciiOnly() throws Exception {
        String text = String.join("\n", render(Glyphs.ASCII, PLAIN, 80));
        Golden.check("stats-ascii.txt", text + "\n");
        assertThat(text.chars()).allMatch(c -> c < 128);
    }

    @Test
    void weakestTagsComeFirstAndEveryLineFitsTheWidth() throws Exception {
        List<String> lines = render(Glyphs.UNICODE, PLAIN, 80);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("TAG")).findFirst().orElseThrow());
        assertThat(lines.get(header + 1)).startsWith("moe");
        assertThat(lines.get(header + 2)).startsWith("attention");
        lines.forEach(l -> assertThat(Columns.width(l)).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void aNarrowTerminalGetsShorterBarsCutTagsAndBrokenLinesButNoRowThatWraps() throws Exception {
        for (int width : List.of(60, 66, 72)) {
            // Measured as shown without colour: the plain palette prints each line's text.
            List<String> lines = render(Glyphs.UNICODE, PLAIN, width);
            lines.forEach(l -> assertThat(Columns.width(l)).as("%d: %s", width, l).isLessThanOrEqualTo(width));
        }
        List<String> sixty = render(Glyphs.UNICODE, PLAIN, 60);
        assertThat(sixty).contains("mean rating 2.57 · coverage 70% · time vs budget 89%", "over budget 43%");
        assertThat(sixty).anyMatch(l -> l.startsWith("fine-tu… "));
    }

    @Test
    void colourOnlyWhenAskedFor() throws Exception {
        assertThat(String.join("\n", render(Glyphs.UNICODE, PLAIN, 80))).doesNotContain("\u001b");
        assertThat(String.join("\n", render(Glyphs.UNICODE, COLOUR, 80))).contains("\u001b[1mviva stats\u001b[0m", "\u001b[32m");
    }
}
