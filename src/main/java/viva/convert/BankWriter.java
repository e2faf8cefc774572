package viva.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import viva.bank.Durations;
import viva.bank.KeyPoint;
import viva.bank.Lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a draft as bank YAML, in the key order of questions/README.md, with literal blocks for answers. */
public final class BankWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private BankWriter() {
    }

    public static String yaml(Draft draft) throws JsonProcessingException {
        Map<String, Object> bank = Map.of("questions", draft.questions().stream().map(BankWriter::question).toList());
        return header(draft) + YAML.writeValueAsString(bank);
    }

    private static String header(Draft draft) {
        return "# Bank draft made by 'viva import markdown' from " + draft.files().size()
                + (draft.files().size() == 1 ? " file" : " files") + ". Before drilling it, review:\n"
                + "# - difficulty and time are guesses; the key points and hints were picked from the answer text;\n"
                + "# - each question's other language repeats its original text until you translate it.\n"
                + "# Then check it with 'viva validate FILE' and put it in your bank folder.\n";
    }

    private static Map<String, Object> question(Draft.Item item) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", item.id());
        q.put("tags", item.tags());
        q.put("difficulty", "medium");
        q.put("time", Durations.format(item.time()));
        // The original language comes first so a reader sees the real text first.
        q.put(item.lang().code(), text(item));
        Lang other = item.lang() == Lang.EN ? Lang.ZH : Lang.EN;
        otherLanguage(item).ifPresent(t -> q.put(other.code(), t));
        return q;
    }

    /**
     * SINGLE-LANGUAGE SWITCH: the block for the language the notes were not written in. Banks still require
     * both 'en' and 'zh', so it repeats the original text until translated; once a bank may hold one language
     * only, this returns {@code Optional.empty()} and the question is written in its own language alone
     * (then drop the header's "repeats its original text" line too).
     */
    static java.util.Optional<Map<String, Object>> otherLanguage(Draft.Item item) {
        return java.util.Optional.of(text(item));
    }

    private static Map<String, Object> text(Draft.Item item) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("prompt", item.prompt());
        t.put("answer", item.answer() + "\n");
        t.put("points", item.points().stream().map(BankWriter::point).toList());
        t.put("hints", item.hints());
        return t;
    }

    private static Map<String, Object> point(KeyPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.text());
        m.put("keywords", List.copyOf(p.keywords()));
        return m;
    }
}
