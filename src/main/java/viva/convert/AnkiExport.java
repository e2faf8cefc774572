package viva.convert;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.text.Markdown;
import viva.text.Visible;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Anki's plain-text import format: header lines that tell Anki the separator, the note type and which
 * columns hold the GUID and the tags, then one note per line with HTML fields. The GUID is the question
 * id, so importing a newer export updates the notes a person already has instead of adding copies.
 */
public final class AnkiExport {
    private static final CsvSchema TSV = CsvSchema.builder().addColumn("guid").addColumn("front").addColumn("back")
            .addColumn("tags").build().withColumnSeparator('\t').withoutHeader().withLineSeparator("\n");
    // Quote only where a field really needs it; the HTML escaping below means none does.
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private AnkiExport() {
    }

    public static String of(List<Question> questions, Lang lang) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n#deck:viva\n#guid column:1\n#tags column:4\n");
        List<List<String>> rows = new ArrayList<>();
        for (Question q : questions) {
            QuestionText t = q.text(lang);
            rows.add(List.of(q.id(), html(t.prompt()), back(t), String.join(" ", tags(q))));
        }
        out.append(CSV.writer(TSV).writeValueAsString(rows));
        return out.toString();
    }

    private static List<String> tags(Question q) {
        List<String> tags = new ArrayList<>(q.tags());
        tags.add("viva");
        tags.add("viva::" + q.difficulty().label());
        return tags;
    }

    private static String back(QuestionText t) {
        StringBuilder back = new StringBuilder(field(Markdown.html(t.answer())));
        back.append("<hr><ul>");
        for (KeyPoint p : t.points()) {
            back.append("<li>").append(html(p.text())).append("</li>");
        }
        back.append("</ul>");
        if (!t.followups().isEmpty()) {
            back.append("<p><i>");
            back.append(String.join("<br>", t.followups().stream().map(AnkiExport::html).toList()));
            back.append("</i></p>");
        }
        return back.toString();
    }

    /**
     * Rendered HTML in one field: a newline is whitespace between tags and a line break inside {@code <pre>},
     * and its character reference is both, without ending the note's line.
     */
    static String field(String html) {
        return html.strip().replace("\t", "&#9;").replace("\n", "&#10;");
    }

    /** A field may hold no tab or newline of its own; HTML carries the line breaks instead, and no control character raw. */
    static String html(String text) {
        return Visible.of(text.replace("\r\n", "\n")).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\t", "    ").replace("\n", "<br>");
    }
}
