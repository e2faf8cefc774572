package viva.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown laid out at 100 and 40 columns, compared with files under src/test/resources/markdown.
 * Run with -Dviva.golden.update=true to rewrite them after an intended change, then review the diff.
 */
class MarkdownLayoutTest {
    private static final Path DIR = Path.of("src/test/resources/markdown");
    /** Chinese and other East Asian wide characters take two columns, as JLine's wcwidth says. */
    static final Cells CELLS = cp -> Han.is(cp)
            || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1;

    @ParameterizedTest
    @CsvSource({"paragraph,100", "paragraph,40", "lists,100", "lists,40", "code,100", "code,40", "formula,100",
            "formula,40", "table,100", "table,40", "html,100", "html,40", "tex,100", "tex,40"})
    void laidOutAsTheGoldenFileShows(String name, int width) throws Exception {
        String source = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        List<StyledLine> lines = MarkdownLayout.render(source, width, CELLS);
        String actual = lines.stream().map(StyledLine::text).collect(Collectors.joining("\n", "", "\n"));
        Path golden = DIR.resolve(name + "." + width + ".txt");
        if (Boolean.getBoolean("viva.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s", golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(lines).allSatisfy(l -> assertThat(CELLS.width(l.text())).as(l.text()).isLessThanOrEqualTo(width));
    }

    @Test
    void aParagraphIsReflowedAndChineseJoinsWithoutASpace() {
        assertThat(texts("one\ntwo\nthree", 100)).containsExactly("one two three");
        assertThat(texts("一二\n三四", 100)).containsExactly("一二三四");
    }

    @Test
    void codeAndFormulasAreNeverWrappedButCutWithAMark() {
        List<String> lines = texts("```\n" + "x".repeat(60) + "\n```", 40);
        assertThat(lines).containsExactly("  " + "x".repeat(37) + "…");
    }

    @Test
    void aFormulaLineInsideAParagraphStaysOnItsOwnLine() {
        assertThat(texts("so it maximises\n$$ L = E[min(a, b)] $$\nwith eps = 0.2.", 100))
                .containsExactly("so it maximises", "  L = E[min(a, b)]", "with eps = 0.2.");
    }

    @Test
    void aFormulaInAnIndentedBlockIsLeftToTheBlock() {
        assertThat(texts("text\n\n    $$ x = 1 $$\n    y = 2", 100)).containsExactly("text", "", "  $$ x = 1 $$", "  y = 2");
        assertThat(texts("- item\n\n  $$ x = 1 $$", 100)).containsExactly("- item", "", "    x = 1");
    }

    @Test
    void stylesAreCarriedInRuns() {
        StyledLine line = MarkdownLayout.render("Use `x = 1` and *this* or **that**.", 100, CELLS).get(0);
        assertThat(line.spans()).containsExactly(Span.plain("Use "), new Span("x = 1", Style.CODE), Span.plain(" and "),
                new Span("this", Style.EMPHASIS), Span.plain(" or "), new Span("that", Style.STRONG), Span.plain("."));
    }

    @Test
    void aStarBetweenTwoTermsIsAProductNotEmphasis() {
        StyledLine line = MarkdownLayout.render("theta - lr*lambda*theta and pi*(y|x), but *this* and `a*b*c`", 100, CELLS).get(0);
        assertThat(line.spans()).containsExactly(Span.plain("theta - lr*lambda*theta and pi*(y|x), but "),
                new Span("this", Style.EMPHASIS), Span.plain(" and "), new Span("a*b*c", Style.CODE));
    }

    @Test
    void rawHtmlAndEscapeSequencesAreShownNotInterpreted() {
        List<String> lines = texts("<b>x</b> and \u001b[2J here\n\n<script>alert(1)</script>", 100);
        assertThat(lines).containsExactly("<b>x</b> and ^[[2J here", "", "  <script>alert(1)</script>");
        assertThat(String.join("", lines).chars()).noneMatch(c -> Visible.isControl(c));
        assertThat(texts("a <a\nhref=\"x\">link</a> b", 100)).containsExactly("a <a href=\"x\">link</a> b");
    }

    @Test
    void texBecomesUnicodeWhereThereIsACleanEquivalent() {
        assertThat(Tex.prose("$\\alpha \\cdot x_i^2$")).isEqualTo("α · xᵢ²");
        assertThat(Tex.prose("\\sqrt{d_k} and \\sum")).isEqualTo("√(d_k) and ∑");
        assertThat(Tex.prose("$x_{ij}^{n+1}$")).isEqualTo("xᵢⱼⁿ⁺¹");
        assertThat(Tex.prose("$e^{-x}$ and $\\frac{a}{b}$")).isEqualTo("e^{-x} and \\frac{a}{b}");
        assertThat(Tex.prose("in prose d_model and x^2 are names")).isEqualTo("in prose d_model and x^2 are names");
        assertThat(Tex.prose("about $5.576M at an assumed $2 per hour")).isEqualTo("about $5.576M at an assumed $2 per hour");
    }

    private static List<String> texts(String markdown, int width) {
        return MarkdownLayout.render(markdown, width, CELLS).stream().map(StyledLine::text).toList();
    }
}
