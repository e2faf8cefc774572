package viva.convert;

import java.util.regex.Pattern;

/** What a question heading says once its numbering and markers are gone: "## 12. What is X?" is "What is X?". */
final class Headings {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:"
                    + "[Qq](?:uestion)?\\s*\\d*\\s*[:：.、)）]"      // Q: / Q1. / Question 3:
                    + "|问题?\\s*\\d*\\s*[:：.、]"                  // 问: / 问题3：
                    + "|题目\\s*\\d*\\s*[:：.、]?"                  // 题目1
                    + "|第\\s*[0-9一二三四五六七八九十百]+\\s*[题问个]\\s*[:：.、]?"  // 第3题
                    + "|[0-9]+(?:\\.[0-9]+)*\\s*[.、:：)）]"          // 12. / 1.2. / 3、 / 4)
                    + "|[0-9]+(?:\\.[0-9]+)+"                        // 1.2 without a final dot
                    + "|[（(][0-9一二三四五六七八九十]+[)）]"          // (1) / （一）
                    + "|[一二三四五六七八九十]+\\s*[、.]"             // 一、
                    + ")\\s*");
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "(?i)^(what|why|how|when|which|who|where|explain|describe|compare|can|does|do|is|are|should|name|list)\\b"
                    + "|什么|为什么|为何|如何|怎么|怎样|哪些|区别|是否|吗|简述|介绍|解释");

    private Headings() {
    }

    /** The heading without numbering, question markers or emphasis. */
    static String prompt(String heading) {
        String text = heading.replace("**", "").replace("__", "").strip();
        text = NUMBERING.matcher(text).replaceFirst("");
        return text.replaceAll("^`(.*)`$", "$1").strip();
    }

    /** Numbered, marked with Q/问, ending in a question mark, or starting like a question. */
    static boolean looksLikeQuestion(String heading) {
        String text = heading.replace("**", "").strip();
        return NUMBERING.matcher(text).lookingAt() || text.endsWith("?") || text.endsWith("？")
                || QUESTION_WORDS.matcher(prompt(text)).find();
    }
}
