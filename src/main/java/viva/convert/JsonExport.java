package viva.convert;

import viva.bank.Durations;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.bank.Ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every field of a question as plain maps and lists, for a JSON writer; keys as in the bank format. */
public final class JsonExport {
    private JsonExport() {
    }

    public static List<Map<String, Object>> of(List<Question> questions) {
        return questions.stream().map(JsonExport::question).toList();
    }

    /** One question's fields, in the bank format's keys and order, with its length in seconds and where it was read. */
    static Map<String, Object> question(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("tags", q.tags());
        m.put("difficulty", q.difficulty().label());
        m.put("time", Durations.format(q.time()));
        m.put("time_seconds", q.time().toSeconds());
        m.put("refs", q.refs().stream().map(JsonExport::ref).toList());
        for (Lang lang : Lang.values()) {
            if (q.has(lang)) {
                m.put(lang.code(), text(q.text(lang)));
            }
        }
        m.put("source", q.source().toString());
        return m;
    }

    private static Map<String, Object> ref(Ref r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("year", r.year());
        r.url().ifPresent(url -> m.put("url", url));
        return m;
    }

    private static Map<String, Object> text(QuestionText t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prompt", t.prompt());
        m.put("answer", t.answer());
        m.put("points", t.points().stream().map(JsonExport::point).toList());
        m.put("hints", t.hints());
        m.put("followups", t.followups());
        return m;
    }

    private static Map<String, Object> point(KeyPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.text());
        m.put("keywords", p.keywords());
        return m;
    }
}
