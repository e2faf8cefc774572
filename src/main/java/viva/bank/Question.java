package viva.bank;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One interview question. The id is what history hangs on, so it is stable while the text may be
 * edited freely.
 */
public record Question(String id, List<String> tags, Difficulty difficulty, Duration time, List<Ref> refs,
                       Map<Lang, QuestionText> texts, Location source) {
    public Question {
        tags = List.copyOf(tags);
        refs = List.copyOf(refs);
        texts = Map.copyOf(texts);
    }

    public QuestionText text(Lang lang) {
        return texts.get(lang);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
