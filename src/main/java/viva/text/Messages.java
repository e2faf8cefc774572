package viva.text;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words viva says to a person, in one language: {@code viva/messages.properties} (English) and one
 * bundle per other language ({@code viva/messages_zh.properties}), read as UTF-8. The language is the one
 * asked for (the drill's), never the JVM's locale: a missing bundle falls back to English, not to the default.
 */
public final class Messages {
    public static final String BUNDLE = "viva.messages";
    /** {@code {0}}, {@code {1}}: the places where {@link #get} puts its arguments. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();
    public static final Messages ENGLISH = of("en");

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The messages of the language with this code ("en", "zh"); English for a language without a bundle. */
    public static Messages of(String languageCode) {
        return LOADED.computeIfAbsent(languageCode, code -> new Messages(ResourceBundle.getBundle(BUNDLE,
                Locale.forLanguageTag(code), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    /**
     * The message {@code key} with its {@code {n}} replaced by the n-th argument as {@link String#valueOf} writes it.
     * Not MessageFormat: that would make every apostrophe of the English text an escape and group digits by locale.
     */
    public String get(String key, Object... args) {
        Matcher m = PLACEHOLDER.matcher(bundle.getString(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(args[Integer.parseInt(m.group(1))])));
        }
        return m.appendTail(out).toString();
    }

    /** The one form or the other of a count: English says "1 minute" but "2 minutes". */
    public String count(String key, long n) {
        return get(key + (n == 1 ? ".one" : ".other"), n);
    }
}
