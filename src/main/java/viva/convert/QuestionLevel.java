package viva.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The heading level the questions are at: the one whose headings read most as questions (numbered, marked,
 * ending in '?'), not the deepest; headings below it are parts of an answer, above it chapters. Notes with
 * no question-like heading fall back to the level with the most headings that carry text.
 *
 * @param level        the level, 1 to 6
 * @param questionLike whether most headings at that level read as questions, so that one that does not
 *                     ("License", "Contributing") is not taken for a question
 */
record QuestionLevel(int level, boolean questionLike) {
    /** The level for the sections of one file, given as the top of their tree. */
    static QuestionLevel of(List<MarkdownDoc.Section> roots) {
        Map<Integer, Integer> score = new TreeMap<>();
        vote(roots, false, score);
        List<MarkdownDoc.Section> sections = new ArrayList<>();
        roots.forEach(r -> {
            sections.add(r);
            sections.addAll(r.descendants());
        });
        // Ties go to the shallower level: a numbered question's sub-sections are often numbered too.
        int best = score.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue()).thenComparing(e -> -e.getKey()))
                .map(Map.Entry::getKey).orElse(0);
        if (best == 0) {
            Map<Integer, Integer> withText = new TreeMap<>();
            sections.stream().filter(MarkdownDoc.Section::hasText).forEach(s -> withText.merge(s.level(), 1, Integer::sum));
            int level = withText.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue()).thenComparingInt(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(7);
            return new QuestionLevel(level, false);
        }
        List<MarkdownDoc.Section> at = sections.stream().filter(s -> s.level() == best).toList();
        long like = at.stream().filter(s -> Headings.looksLikeQuestion(s.title())).count();
        return new QuestionLevel(best, like * 2 >= at.size());
    }

    /**
     * Each heading with text under it votes for its level with how much it reads as a question, except under a
     * heading that asks and answers: "### 1.1 Definition" under "## 1. What is X?" is part of that answer,
     * however many such parts there are, and so is one right under the question when it has no text of its own.
     * Under a group ("## 6. Follow-ups", or a question over sub-questions that ask) sub-questions vote.
     */
    private static void vote(List<MarkdownDoc.Section> sections, boolean insideAnswer, Map<Integer, Integer> score) {
        for (MarkdownDoc.Section s : sections) {
            if (s.subtreeHasText() && !insideAnswer) {
                score.merge(s.level(), Headings.score(s.title()), Integer::sum);
            }
            boolean answered = Headings.asks(s.title())
                    && (s.hasText() || s.children().stream().noneMatch(c -> Headings.asks(c.title())));
            vote(s.children(), insideAnswer || answered, score);
        }
    }
}
