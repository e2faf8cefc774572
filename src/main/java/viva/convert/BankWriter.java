package viva.convert;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import viva.bank.Durations;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.text.JsonText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a draft as bank YAML, in the key order of questions/README.md, with literal blocks for answers. */
public final class BankWriter {
    /** Written by viva's one writer of such trees (JsonText) through a YAML generator: no data-binding mapper. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private BankWriter() {
    }

    public static String yaml(Draft draft) {
        Map<String, Object> bank = Map.of("questions", draft.questions().stream().map(BankWriter::question).toList());
        return header(draft) + JsonText.text(YAML, bank);
    }

    /**
     * Questions already loaded, every field in both languages, as a bank file to start from: the same questions
     * read back. Their ids are kept, so the header says to change them before the file joins the banks they came from.
     */
    public static String yaml(List<Question> questions, String from) {
        List<Map<String, Object>> out = questions.stream().map(BankWriter::exported).toList();
        return "# " + questions.size() + (questions.size() == 1 ? " question" : " questions") + " exported by 'viva export yaml' from "
                + from + ".\n"
                + "# Ids must be unique across every bank viva loads: give each question a new id before you put this file\n"
                + "# in your bank folder beside the banks it came from (or load it alone with --no-builtin --bank FILE).\n"
                + JsonText.text(YAML, Map.of("questions", out));
    }

    private static Map<String, Object> exported(Question q) {
        Map<String, Object> m = JsonExport.question(q);
        m.remove("time_seconds");
        m.remove("source");
        if (m.get("refs") instanceof List<?> refs && refs.isEmpty()) {
            m.remove("refs");
        }
        return m;
    }

    private static String header(Draft draft) {
        return "# Bank draft made by 'viva import markdown' from " + draft.files().size()
                + (draft.files().size() == 1 ? " file" : " files") + ". Before drilling it, review:\n"
                + "# - difficulty and time are guesses; the key points and hints were picked from the answer text;\n"
                + "# - each question is in the language of the notes only; add the other block if you want both.\n"
                + "# Then check it with 'viva validate FILE' and put it in your bank folder.\n";
    }

    private static Map<String, Object> question(Draft.Item item) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", item.id());
        q.put("tags", item.tags());
        q.put("difficulty", "medium");
        q.put("time", Durations.format(item.time()));
        // Only the language the notes are written in: a copy under the other language's key would pass
        // English off as Chinese. A bank may hold one language per question; the drill says so.
        q.put(item.lang().code(), text(item));
        return q;
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
