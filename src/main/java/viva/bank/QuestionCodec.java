package viva.bank;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * Questions as compact binary, field by field in record order; PreParsedTest proves a round trip equal. The
 * texts are read back as the bytes they are ({@link EncodedTexts}), all but their prompts deflated: a run
 * decodes only the texts it shows, and holds a bank in a third of its size.
 */
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
            int[] offsets = new int[Lang.values().length];
            Arrays.fill(offsets, -1);
            for (int l = 0; l < langCount; l++) {
                Lang lang = Lang.valueOf(string(in));
                if (offsets[lang.ordinal()] >= 0) {
                    throw new IllegalArgumentException("a second text in " + lang);
                }
                offsets[lang.ordinal()] = in.arrayOffset() + skipText(in);
            }
            if (langCount == 0) {
                throw new IllegalArgumentException("a question without a text: " + id);
            }
            Map<Lang, QuestionText> texts = new EncodedTexts(in.array(), offsets);
            Location source = new Location(string(in), in.getInt(), in.getInt());
            questions.add(new Question(id, tags, difficulty, time, refs, texts, source));
        }
        return questions;
    }

    /**
     * The prompt as a string, then the answer, points, hints and follow-ups deflated together, after their
     * length before and after: a reader keeps that part as it is until it is asked for ({@link QuestionText}).
     * Deflated, since it is most of a bank and only a drill or a search reads it: about a third of its size.
     */
    private static void text(DataOutputStream out, QuestionText text) throws IOException {
        string(out, text.prompt());
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        DataOutputStream parts = new DataOutputStream(rest);
        string(parts, text.answer());
        parts.writeInt(text.points().size());
        for (KeyPoint point : text.points()) {
            string(parts, point.text());
            strings(parts, point.keywords());
        }
        strings(parts, text.hints());
        strings(parts, text.followups());
        parts.flush();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(rest.size() / 2 + 64);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(packed)) {
            rest.writeTo(deflating);
        }
        out.writeInt(rest.size());
        out.writeInt(packed.size());
        packed.writeTo(out);
    }

    /**
     * Steps over a text written by {@link #write}, checking that its lengths fit in the buffer, and answers
     * where it starts, for {@link EncodedTexts} to decode when asked. The deflated part is not inflated here:
     * the checksum of the entry (or of the jar) it came in vouches for its bytes.
     */
    private static int skipText(ByteBuffer in) {
        int start = in.position();
        skipString(in);
        int raw = in.getInt();
        int packed = in.getInt();
        if (raw < 0 || raw > BankFiles.LIMIT || packed < 0 || packed > in.remaining()) {
            throw new IllegalArgumentException("a text of " + raw + " bytes packed in " + packed + " with " + in.remaining() + " left");
        }
        in.position(in.position() + packed);
        return start;
    }

    private static void skipString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a string of " + length + " bytes with " + in.remaining() + " left");
        }
        in.position(in.position() + length);
    }

    /** The text {@link #skipText} stepped over at the buffer's position: its prompt, the rest left packed. */
    static QuestionText text(ByteBuffer in) {
        String prompt = string(in);
        return QuestionText.encoded(prompt, in.array(), in.arrayOffset() + in.position());
    }

    /** The answer, points, hints and follow-ups packed at {@code at} by {@link #text(DataOutputStream, QuestionText)}. */
    static QuestionText.Parts parts(byte[] bytes, int at) {
        ByteBuffer lengths = ByteBuffer.wrap(bytes, at, 2 * Integer.BYTES);
        int raw = lengths.getInt();
        int packed = lengths.getInt();
        byte[] rest = new byte[raw];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, at + 2 * Integer.BYTES, packed);
            if (inflater.inflate(rest) != raw || !inflater.finished()) {
                throw new IllegalStateException("a packed text does not inflate to its " + raw + " bytes");
            }
        } catch (DataFormatException e) {
            // Bytes that passed their checksum and still do not inflate were written wrong: a bug, not a damaged file.
            throw new IllegalStateException("a packed text does not inflate: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        ByteBuffer in = ByteBuffer.wrap(rest);
        String answer = string(in);
        int pointCount = count(in);
        List<KeyPoint> points = new ArrayList<>(pointCount);
        for (int p = 0; p < pointCount; p++) {
            points.add(new KeyPoint(string(in), strings(in)));
        }
        return new QuestionText.Parts(answer, points, strings(in), strings(in));
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
        return List.copyOf(values);
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
