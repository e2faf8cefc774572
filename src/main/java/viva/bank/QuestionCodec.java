package viva.bank;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questions as compact binary, field by field in record order; PreParsedTest proves a round trip equal. */
final class QuestionCodec {
    private QuestionCodec() {
    }

    static void write(DataOutputStream out, List<Question> questions) throws IOException {
        out.writeInt(questions.size());
        for (Question q : questions) {
            string(out, q.id());
            strings(out, q.tags());
            string(out, q.difficulty().name());
            out.writeLong(q.time().toMillis());
            out.writeInt(q.refs().size());
            for (Ref ref : q.refs()) {
                string(out, ref.title());
                out.writeInt(ref.year());
                string(out, ref.url().orElse(""));
            }
            // Lang order, not the map's: the same banks give the same bytes.
            List<Lang> langs = List.of(Lang.values()).stream().filter(q.texts()::containsKey).toList();
            out.writeInt(langs.size());
            for (Lang lang : langs) {
                string(out, lang.name());
                text(out, q.text(lang));
            }
            string(out, q.source().file());
            out.writeInt(q.source().line());
            out.writeInt(q.source().column());
        }
    }

    /**
     * The questions written at the buffer's position. Bytes that were not written by {@link #write} fail
     * with a {@link RuntimeException}, and never ask for more memory than the buffer holds.
     */
    static List<Question> read(ByteBuffer in) {
        int count = count(in);
        List<Question> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = string(in);
            List<String> tags = strings(in);
            Difficulty difficulty = Difficulty.valueOf(string(in));
            Duration time = Duration.ofMillis(in.getLong());
            int refCount = count(in);
            List<Ref> refs = new ArrayList<>(refCount);
            for (int r = 0; r < refCount; r++) {
                String title = string(in);
                int year = in.getInt();
                String url = string(in);
                refs.add(new Ref(title, year, url.isEmpty() ? Optional.empty() : Optional.of(url)));
            }
            int langCount = count(in);
            Map<Lang, QuestionText> texts = new EnumMap<>(Lang.class);
            for (int l = 0; l < langCount; l++) {
                Lang lang = Lang.valueOf(string(in));
                texts.put(lang, text(in));
            }
            Location source = new Location(string(in), in.getInt(), in.getInt());
            questions.add(new Question(id, tags, difficulty, time, refs, texts, source));
        }
        return questions;
    }

    private static void text(DataOutputStream out, QuestionText text) throws IOException {
        string(out, text.prompt());
        string(out, text.answer());
        out.writeInt(text.points().size());
        for (KeyPoint point : text.points()) {
            string(out, point.text());
            strings(out, point.keywords());
        }
        strings(out, text.hints());
        strings(out, text.followups());
    }

    private static QuestionText text(ByteBuffer in) {
        String prompt = string(in);
        String answer = string(in);
        int pointCount = count(in);
        List<KeyPoint> points = new ArrayList<>(pointCount);
        for (int p = 0; p < pointCount; p++) {
            points.add(new KeyPoint(string(in), strings(in)));
        }
        return new QuestionText(prompt, answer, points, strings(in), strings(in));
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(ByteBuffer in) {
        int count = count(in);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }

    /** A count of items that each take at least four bytes: a damaged one cannot claim more than the buffer holds. */
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / Integer.BYTES) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }

    /** Length and UTF-8 bytes: writeUTF stops at 64 KB and uses a modified encoding. */
    static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Decoded in place from the buffer's array: no copy of the bytes on the way to the string. */
    static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a string of " + length + " bytes with " + in.remaining() + " left");
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
