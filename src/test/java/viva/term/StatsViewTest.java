package viva.term;

import viva.report.Golden;
import viva.report.Samples;

import viva.report.Ansi;
import viva.report.Report;
import viva.report.Symbols;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.store.Scope;
import viva.store.Store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatsViewTest {
    @TempDir
    Path dir;

    private List<String> render(Symbols symbols, Ansi ansi, int width) throws Exception {
        try (Store store = Samples.store(dir)) {
            Report report = Samples.report(store, Scope.ALL, false);
            return new StatsView(symbols, ansi, width).render(report, LocalDate.parse("2026-11-06"));
        }
    }

    @Test
    void matchesItsGoldenFile() throws Exception {
        Golden.check("stats.txt", String.join("\n", render(Symbols.UNICODE, Ansi.OFF, 80)) + "\n");
    }

    @Test
    void asciiIsAsciiOnly() throws Exception {
        String text = String.join("\n", render(Symbols.ASCII, Ansi.OFF, 80));
        Golden.check("stats-ascii.txt", text + "\n");
        assertThat(text.chars()).allMatch(c -> c < 128);
    }

    @Test
    void weakestTagsComeFirstAndEveryLineFitsTheWidth() throws Exception {
        List<String> lines = render(Symbols.UNICODE, Ansi.OFF, 80);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("TAG")).findFirst().orElseThrow());
        assertThat(lines.get(header + 1)).startsWith("moe");
        assertThat(lines.get(header + 2)).startsWith("attention");
        lines.forEach(l -> assertThat(Columns.width(l)).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void aNarrowTerminalGetsShorterBarsCutTagsAndBrokenLinesButNoRowThatWraps() throws Exception {
        for (int width : List.of(60, 66, 72)) {
            List<String> lines = render(Symbols.UNICODE, new Ansi(true), width);
            lines.forEach(l -> assertThat(Columns.width(Ansi.strip(l))).as("%d: %s", width, l).isLessThanOrEqualTo(width));
        }
        List<String> sixty = render(Symbols.UNICODE, Ansi.OFF, 60);
        assertThat(sixty).contains("mean rating 2.57 · coverage 70% · time vs budget 89%", "over budget 43%");
        assertThat(sixty).anyMatch(l -> l.startsWith("fine-tu… "));
    }

    @Test
    void colourOnlyWhenAskedFor() throws Exception {
        assertThat(String.join("\n", render(Symbols.UNICODE, Ansi.OFF, 80))).doesNotContain("\u001b");
        assertThat(String.join("\n", render(Symbols.UNICODE, new Ansi(true), 80))).contains("\u001b[1mviva stats\u001b[0m", "\u001b[32m");
    }
}
