package viva.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundles say the same things in each language, and the language is the one asked for. */
class MessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/viva/" + name + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** Each key with the placeholders of its message, {0} {1} ... as a set. */
    private static Map<String, Set<String>> placeholders(Properties p) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            Set<String> found = new TreeSet<>();
            Matcher m = Messages.PLACEHOLDER.matcher(p.getProperty(key));
            while (m.find()) {
                found.add(m.group());
            }
            out.put(key, found);
        }
        return out;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
        Map<String, Set<String>> en = placeholders(bundle("messages"));
        Map<String, Set<String>> zh = placeholders(bundle("messages_zh"));
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(zh).isEqualTo(en);
        assertThat(en).hasSizeGreaterThan(50);
    }

    @Test
    void placeholdersAreNumberedFromZeroWithoutGaps() throws IOException {
        placeholders(bundle("messages")).forEach((key, found) -> {
            for (int i = 0; i < found.size(); i++) {
                assertThat(found).as(key).contains("{" + i + "}");
            }
        });
    }

    @Test
    void everyChineseMessageIsChineseOrACommand() throws IOException {
        Properties zh = bundle("messages_zh");
        Properties en = bundle("messages");
        for (String key : zh.stringPropertyNames()) {
            String value = zh.getProperty(key);
            assertThat(value.codePoints().anyMatch(c -> Han.is(c) || chinesePunctuation(c))).as("%s = %s", key, value).isTrue();
            assertThat(value).as(key).isNotEqualTo(en.getProperty(key));
        }
    }

    /** A separator such as '；' is Chinese too, though not a Han character. */
    private static boolean chinesePunctuation(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    @Test
    void argumentsFillThePlaceholdersAndApostrophesStayAsTheyAre() {
        Messages en = Messages.of("en");
        assertThat(en.get("command.unknown.closest", ":skipp", ":skip"))
                .isEqualTo("':skipp' is not a command; did you mean :skip? Type :help for the list (it was not added to your answer).");
        assertThat(en.get("hint", 1, 2, "a $1 \\ b")).isEqualTo("Hint 1/2: a $1 \\ b");
        assertThat(en.count("due.days", 1)).isEqualTo("again in 1 day");
        assertThat(en.count("due.days", 12_000)).isEqualTo("again in 12000 days");
        assertThat(Messages.of("zh").get("points.covered", 2, 3, 67)).isEqualTo("要点：覆盖 2/3（67%）");
    }

    @Test
    void theLanguageIsTheOneAskedForNotTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            // A language without a bundle falls back to English, not to the default locale's bundle.
            assertThat(Messages.of("fr").get("rate.prompt")).isEqualTo("Rate it: 1 again  2 hard  3 good  4 easy");
            assertThat(Messages.of("en").get("heading.model")).isEqualTo("Model answer");
            assertThat(Messages.of("zh").get("heading.model")).isEqualTo("参考答案");
        } finally {
            Locale.setDefault(before);
        }
    }
}
