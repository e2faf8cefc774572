package viva.convert;

import java.util.regex.Pattern;

/** What a question heading says once its numbering and markers are gone: "## 12. What is X?" is "What is X?". */
final class Headings {
    /** Numbering that marks a heading as one of a numbered series; possessive, so "1.1" is never cut to "1." and a stray "1". */
    private static final String NUMBERED = "(?:"
            + "[Qq](?:uestion)?\\s*\\d*+\\s*[:：.、)）]"                  // Q: / Q1. / Question 3:
            + "|问题?\\s*\\d*+\\s*[:：.、]"                              // 问: / 问题3：
            + "|题目\\s*\\d*+\\s*[:：.、]?"                              // 题目1
            + "|第\\s*[0-9一二三四五六七八九十百]++\\s*[题问个]\\s*[:：.、]?"  // 第3题
            + "|[0-9]++(?:\\.[0-9]++)++[.、:：)）]?(?![0-9A-Za-z])"       // 1.2 / 1.2. / 1.2)
            + "|[0-9]++\\s*[.、:：)）](?![0-9])"                         // 12. / 3、 / 4)
            + "|[（(][0-9一二三四五六七八九十]++[)）]"                      // (1) / （一）
            + "|[一二三四五六七八九十]++\\s*[、.]"                          // 一、
            + ")";
    private static final Pattern NUMBERING = Pattern.compile("^" + NUMBERED + "\\s*");
    /** A bare number before Chinese ("1 训练 ...？") is numbering too, but too weak to make a heading a question. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^[0-9]++(?:\\.[0-9]++)*+\\s+(?=\\p{IsHan})");
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "(?i)^(what|why|how|when|which|who|where|explain|describe|compare|implement|derive|can|does|do|is|are|should|name|list)\\b"
                    + "|什么|为什么|为何|如何|怎么|怎样|哪些|区别|是否|吗|简述|介绍|解释");

    private Headings() {
    }

    /** The heading without numbering or question markers; emphasis and links inside it are kept as Markdown. */
    static String prompt(String heading) {
        String text = unwrap(navigation(heading));
        text = NUMBERING.matcher(text).replaceFirst("");
        text = BARE_NUMBER.matcher(text).replaceFirst("");
        return unwrap(text.strip()).strip();
    }

    /**
     * The heading without what a README adds for navigation: an anchor ({@code <a name="q1"></a>}) and a
     * link back up at the end ("[↑](#table-of-contents)").
     */
    private static String navigation(String heading) {
        return heading.replaceAll("(?i)<a\\s+(?:name|id)\\s*=[^>]*>\\s*</a>", "")
                .replaceAll("\\s*\\[[^]]*]\\(#[^)]*\\)\\s*$", "").strip();
    }

    /** Emphasis or code around the whole heading is styling of the heading, not of a term in it. */
    private static String unwrap(String text) {
        return text.replaceAll("^(\\*\\*|__)(.*)\\1$", "$2").replaceAll("^`([^`]*)`$", "$1").strip();
    }

    /** The heading as plain text: links to their text, emphasis and code marks dropped. */
    static String plain(String heading) {
        // Images (badges) first, so that a linked badge "[![x](img)](url)" leaves nothing behind.
        return navigation(heading).replaceAll("!\\[[^]]*]\\([^)]*\\)", "").replaceAll("\\[\\s*]\\([^)]*\\)", "")
                .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "")
                .replace("**", "").replace("__", "").replace("`", "").strip();
    }

    /** Numbered, marked with Q/问, ending in a question mark, or starting like a question. */
    static boolean looksLikeQuestion(String heading) {
        return score(heading) > 0;
    }

    /**
     * How strongly a heading reads as a question: a number or Q/问 mark and a final '?' count twice as much as
     * a question word, which chapter titles use too ("How transformers work").
     */
    static int score(String heading) {
        String text = unwrap(plain(heading));
        int score = 0;
        if (NUMBERING.matcher(text).lookingAt()) {
            score += 2;
        }
        if (text.endsWith("?") || text.endsWith("？")) {
            score += 2;
        }
        if (QUESTION_WORDS.matcher(prompt(text)).find()) {
            score += 1;
        }
        return score;
    }

    /** Whether the heading ends in a question mark or is marked Q/问, the surest signs of a question. */
    static boolean asks(String heading) {
        String text = unwrap(plain(heading));
        return text.endsWith("?") || text.endsWith("？") || text.matches("^(?:[Qq](?:uestion)?\\s*\\d*\\s*[:：.、)）]|问题?).*");
    }
}
