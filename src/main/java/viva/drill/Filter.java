package viva.drill;

import viva.bank.Difficulty;
import viva.bank.Question;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which questions a command works on. Tags match any of {@code tags}, or all of them with
 * {@code allTags}; an empty tag list means every question.
 */
public record Filter(List<String> tags, boolean allTags, List<String> excludeTags, Set<Difficulty> difficulties) {
    public static final Filter ALL = new Filter(List.of(), false, List.of(), Set.of());

    public Filter {
        tags = List.copyOf(tags);
        excludeTags = List.copyOf(excludeTags);
        difficulties = Set.copyOf(difficulties);
    }

    public boolean test(Question q) {
        Predicate<String> has = t -> q.hasTag(lower(t));
        boolean tagged = tags.isEmpty() || (allTags ? tags.stream().allMatch(has) : tags.stream().anyMatch(has));
        boolean excluded = excludeTags.stream().anyMatch(has);
        boolean level = difficulties.isEmpty() || difficulties.contains(q.difficulty());
        return tagged && !excluded && level;
    }

    /** Tags are kebab-case in every bank, so '-t MoE' can only mean moe; messages quote the tag as typed. */
    static String lower(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /** Every tag the filter names, to be checked against the tags that exist. */
    public List<String> namedTags() {
        return Stream.concat(tags.stream(), excludeTags.stream()).toList();
    }
}
