package viva.practice;

import viva.bank.Catalog;
import viva.bank.Lang;
import viva.report.TextChanges;
import viva.store.TextHash;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current text of each question, to tell whether an old attempt was judged against a text since
 * edited: the banks' questions hashed the way the store fingerprints what an attempt was judged against.
 */
public final class TextVersions implements TextChanges {
    public static final TextVersions UNKNOWN = new TextVersions(new Catalog(List.of()));

    private final Catalog catalog;
    private final Map<String, Optional<String>> hashes = new HashMap<>();

    private TextVersions(Catalog catalog) {
        this.catalog = catalog;
    }

    public static TextVersions of(Catalog catalog) {
        return new TextVersions(catalog);
    }

    /** True only when the question is still loaded and its text in that language differs; unknown counts as unchanged. */
    @Override
    public boolean changed(String questionId, Lang lang, String hash) {
        Optional<String> current = hashes.computeIfAbsent(questionId + "\u0000" + lang.code(),
                k -> catalog.find(questionId).map(q -> q.text(lang)).map(TextHash::of));
        return current.map(h -> !h.equals(hash)).orElse(false);
    }
}
