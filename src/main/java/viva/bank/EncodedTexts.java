package viva.bank;

import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A question's texts by language, kept as the bytes {@link QuestionCodec} wrote and decoded each time one is
 * asked for. A parsed bank's texts are nearly all of its memory: 10,000 questions held as strings took about
 * 110 MB of heap, twice their UTF-8 size wherever a string has one Chinese character, while a command such as
 * {@code list} or {@code tags} reads a prompt or nothing of each. The bytes are the cache entry (or the jar's
 * parsed.bin) as read, shared by every question in it and never written to; the codec checked their layout when
 * it read the entry, so decoding them later cannot fail. Immutable: a map of the same languages and texts is
 * equal to it, as {@link Map#equals} says.
 */
final class EncodedTexts extends AbstractMap<Lang, QuestionText> {
    private static final Lang[] LANGS = Lang.values();

    private final byte[] bytes;
    /** Where each language's text starts in {@code bytes}, by ordinal; -1 where the question has none. */
    private final int[] offsets;
    private final int size;

    EncodedTexts(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets.clone();
        int present = 0;
        for (int offset : this.offsets) {
            present += offset >= 0 ? 1 : 0;
        }
        this.size = present;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Lang lang && offsets[lang.ordinal()] >= 0;
    }

    @Override
    public QuestionText get(Object key) {
        return containsKey(key) ? decode((Lang) key) : null;
    }

    private QuestionText decode(Lang lang) {
        int offset = offsets[lang.ordinal()];
        return QuestionCodec.text(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    }

    /** The languages alone, without decoding a text (AbstractMap's would decode each on the way). */
    @Override
    public Set<Lang> keySet() {
        Set<Lang> langs = EnumSet.noneOf(Lang.class);
        for (Lang lang : LANGS) {
            if (offsets[lang.ordinal()] >= 0) {
                langs.add(lang);
            }
        }
        return Collections.unmodifiableSet(langs);
    }

    @Override
    public Set<Entry<Lang, QuestionText>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<Lang, QuestionText>> iterator() {
                return new Iterator<>() {
                    private int next = following(0);

                    @Override
                    public boolean hasNext() {
                        return next < LANGS.length;
                    }

                    @Override
                    public Entry<Lang, QuestionText> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Lang lang = LANGS[next];
                        next = following(next + 1);
                        return new SimpleImmutableEntry<>(lang, decode(lang));
                    }
                };
            }
        };
    }

    /** The first ordinal from {@code from} on that has a text, or the number of languages. */
    private int following(int from) {
        int i = from;
        while (i < LANGS.length && offsets[i] < 0) {
            i++;
        }
        return i;
    }
}
