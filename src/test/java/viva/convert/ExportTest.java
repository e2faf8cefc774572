package viva.convert;

import org.junit.jupiter.api.Test;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Lang;
import viva.bank.Question;
import viva.text.Markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportTest {
    private static List<Question> sample() throws Exception {
        return Banks.load(BankFiles.read(Path.of("src/test/resources/banks/sample.yaml"))).questions();
    }

    @Test
    void ankiGetsHeadersThenOneNotePerLineWithHtmlFields() throws Exception {
        String tsv = AnkiExport.of(sample(), Lang.EN);
        List<String> lines = tsv.lines().toList();
        assertThat(lines.subList(0, 6)).containsExactly("#separator:tab", "#html:true", "#notetype:Basic", "#deck:viva",
                "#guid column:1", "#tags column:4");
        assertThat(lines).hasSize(8);
        String[] note = lines.get(6).split("\t", -1);
        assertThat(note).hasSize(4);
        assertThat(note[0]).isEqualTo("demo-lora-init");
        assertThat(note[1]).startsWith("How are the two LoRA matrices initialised");
        assertThat(note[2]).contains("<hr><ul><li>").doesNotContain("\n");
        assertThat(note[3]).isEqualTo("fine-tuning lora viva viva::medium");
    }

    @Test
    void htmlEscapesWhatAnkiWouldReadAsMarkupOrAsASeparator() {
        assertThat(AnkiExport.html("a < b & \"c\"\tx\ny")).isEqualTo("a &lt; b &amp; &quot;c&quot;    x<br>y");
    }

    @Test
    void ankiGetsTheAnswerRenderedFromMarkdownOnOneLine() {
        String html = AnkiExport.field(Markdown.html(
                "A *b* <script>x()</script>\n\n$$ L = a < b $$\n\n```\nfor x:\n\n  y\n```\n\n[l](javascript:alert(1))"));
        assertThat(html).contains("<em>b</em>", "&lt;script&gt;", "<pre><code class=\"language-math\">L = a &lt; b&#10;</code></pre>",
                "<pre><code>for x:&#10;&#10;  y&#10;</code></pre>").doesNotContain("\n", "<script", "javascript:");
    }

    @Test
    void jsonKeepsTheAnswersMarkdownSource() throws Exception {
        Question q = sample().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> en = (Map<String, Object>) JsonExport.of(List.of(q)).get(0).get("en");
        assertThat(en.get("answer")).isEqualTo(q.text(Lang.EN).answer());
    }

    @Test
    void jsonHoldsEveryFieldInBothLanguages() throws Exception {
        List<Map<String, Object>> json = JsonExport.of(sample());
        Map<String, Object> first = json.get(0);
        assertThat(first).containsKeys("id", "tags", "difficulty", "time", "time_seconds", "refs", "en", "zh", "source");
        assertThat(first.get("time")).isEqualTo("2m");
        @SuppressWarnings("unchecked")
        Map<String, Object> zh = (Map<String, Object>) first.get("zh");
        assertThat(zh).containsKeys("prompt", "answer", "points", "hints", "followups");
    }

    @Test
    void theEditorOpensAtTheLine() {
        Path file = Path.of("bank.yaml");
        assertThat(Editor.command(Map.of("EDITOR", "vim"), file, 12, 5)).containsExactly("vim", "+12", "bank.yaml");
        assertThat(Editor.command(Map.of("VISUAL", "code --wait", "EDITOR", "vim"), file, 12, 5))
                .containsExactly("code", "--wait", "--goto", "bank.yaml:12:5");
        assertThat(Editor.command(Map.of("EDITOR", "/usr/bin/subl -w"), file, 3, 1)).containsExactly("/usr/bin/subl", "-w", "bank.yaml:3:1");
        assertThat(Editor.command(Map.of(), file, 1, 1)).containsExactly("vi", "+1", "bank.yaml");
        assertThat(Editor.command(Map.of("EDITOR", "  "), file, 1, 1)).first().isEqualTo("vi");
        // An editor viva does not know gets the file alone: a "+12" it does not read could become a second file.
        assertThat(Editor.command(Map.of("EDITOR", "/opt/bin/myedit --flag"), file, 12, 5)).containsExactly("/opt/bin/myedit", "--flag", "bank.yaml");
        assertThat(Editor.command(Map.of("EDITOR", "nano"), file, 12, 5)).containsExactly("nano", "+12", "bank.yaml");
    }
}
