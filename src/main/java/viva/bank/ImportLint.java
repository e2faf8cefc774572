package viva.bank;

import viva.text.Markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Warnings about what an import from notes typically gets wrong: a key point that is markup (a tag, an
 * image, a bare link, punctuation) and a prompt that is not a question (a chapter title or a sub-section
 * taken for one). Each at the text's place in the bank.
 */
public final class ImportLint {
    private static final Pattern ASKS = Pattern.compile("[?？]");
    /** Where an asking sentence or clause may start after a setting of the scene: "X scores 81%. Show how ...". */
    private static final Pattern CLAUSE = Pattern.compile("(?<=[.!:;,])\\s+|(?<=[。；：，])");
    /** How a prompt that is not a question still asks: an imperative or a question word first, in English. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)^(?:explain|describe|implement|compare|contrast|how|why|what|"
            + "when|which|who|whom|whose|where|write|derive|define|design|list|name|give|walk|tell|show|prove|discuss|"
            + "outline|summari[sz]e|calculate|compute|estimate|sketch|state|suppose|imagine|is|are|can|could|does|do|did|"
            + "should|would|will|has|have|talk|identify|propose|analy[sz]e|evaluate|critique|debug|fix|choose|justify|work|check|say|plot|argue|rank|predict)\\b");
    /** In Chinese the asking word may stand anywhere: "注意力为什么要缩放". */
    private static final Pattern CHINESE = Pattern.compile("解释|说明|比较|为什么|为何|如何|什么|怎么|怎样|哪|简述|介绍|描述|实现|推导|写出|"
            + "手写|列举|谈谈|说说|讲讲|分析|证明|设计|区别|是否|吗|对比|计算|估算|概述|回答|多少|请");
    private static final Pattern MARKS = Pattern.compile("^[*_`\\s]+");

    private ImportLint() {
    }

    public static List<Problem> of(List<Source> sources) {
        List<Problem> warnings = new ArrayList<>();
        for (Source source : sources) {
            if (!source.readable()) {
                continue;
            }
            YamlNode root = new YamlReader(source.name(), new ArrayList<>()).read(source.text(), "");
            if (root instanceof YamlNode.Mapping m && value(m, "questions") instanceof YamlNode.Sequence s) {
                s.items().stream().filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
                        .forEach(q -> lint(q, warnings));
            }
        }
        return warnings;
    }

    private static void lint(YamlNode.Mapping question, List<Problem> warnings) {
        for (Lang lang : Lang.values()) {
            if (!(value(question, lang.code()) instanceof YamlNode.Mapping block)) {
                continue;
            }
            if (value(block, "prompt") instanceof YamlNode.Scalar prompt && !prompt.isNull() && !asks(prompt.text())) {
                warn(warnings, prompt, lang.code() + " prompt '" + prompt.text().strip() + "' does not read as a question"
                        + " (no '?', and it does not start like 'Explain', 'How' or 'Why', or say 为什么/如何/解释):"
                        + " a chapter or a sub-section taken for a question?");
            }
            if (value(block, "points") instanceof YamlNode.Sequence points) {
                for (YamlNode p : points.items()) {
                    if (p instanceof YamlNode.Mapping point && value(point, "text") instanceof YamlNode.Scalar text
                            && !text.isNull() && Markup.only(text.text())) {
                        warn(warnings, text, lang.code() + " key point '" + text.text().strip() + "' is markup (a tag, an image,"
                                + " a link or punctuation), not something to say; write what the answer must contain");
                    }
                }
            }
        }
    }

    /** Whether a prompt asks: a question mark, a clause that starts with a question word or imperative, or (in Chinese) one anywhere. */
    static boolean asks(String prompt) {
        String text = prompt.strip();
        if (ASKS.matcher(text).find() || CHINESE.matcher(text).find()) {
            return true;
        }
        for (String clause : CLAUSE.split(text)) {
            if (ENGLISH.matcher(MARKS.matcher(clause).replaceFirst("")).find()) {
                return true;
            }
        }
        return false;
    }

    private static void warn(List<Problem> warnings, YamlNode at, String message) {
        warnings.add(new Problem(at.at(), "warning: " + message));
    }

    private static YamlNode value(YamlNode.Mapping m, String key) {
        YamlNode.Entry e = m.entries().get(key);
        return e == null ? null : e.value();
    }
}
