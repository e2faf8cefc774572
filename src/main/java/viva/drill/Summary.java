package viva.drill;

import viva.schedule.Rating;
import viva.bank.Question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/** What a drill came to: the same figures whether it ran in a terminal or over a pipe. */
public record Summary(List<Row> rows, List<String> skipped, Map<Rating, Integer> ratings, List<TagLine> tags,
                      boolean interrupted, long seed, Optional<String> again) {

    /** One answered question. */
    public record Row(Question question, Attempt attempt) {
    }

    /** How one tag went; coverage is over typed answers only. */
    public record TagLine(String tag, int answered, OptionalDouble meanCoverage, OptionalDouble meanRating, int overBudget) {
    }

    public static Summary of(List<Question> asked, List<Attempt> attempts, List<String> skipped, boolean interrupted,
                             long seed, Optional<String> again) {
        List<Row> rows = new ArrayList<>();
        for (Attempt a : attempts) {
            asked.stream().filter(q -> q.id().equals(a.questionId())).findFirst().ifPresent(q -> rows.add(new Row(q, a)));
        }
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            ratings.put(r, (int) attempts.stream().filter(a -> a.rating().equals(Optional.of(r))).count());
        }
        return new Summary(List.copyOf(rows), List.copyOf(skipped), ratings, tagLines(rows), interrupted, seed, again);
    }

    private static List<TagLine> tagLines(List<Row> rows) {
        SortedMap<String, List<Attempt>> byTag = new TreeMap<>();
        for (Row row : rows) {
            row.question().tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(row.attempt()));
        }
        List<TagLine> lines = new ArrayList<>();
        byTag.forEach((tag, list) -> lines.add(new TagLine(tag, list.size(), meanCoverage(list),
                list.stream().flatMap(a -> a.rating().stream()).mapToInt(Rating::value).average(),
                (int) list.stream().filter(Attempt::overBudget).count())));
        return List.copyOf(lines);
    }

    static OptionalDouble meanCoverage(List<Attempt> attempts) {
        return attempts.stream().flatMap(a -> a.coverage().stream()).mapToInt(Coverage::percent).average();
    }

    public int answered() {
        return rows.size();
    }

    /** Answers kept without a rating: the drill ended at the rating prompt. */
    public int unrated() {
        return (int) rows.stream().filter(r -> r.attempt().rating().isEmpty()).count();
    }

    public int overBudget() {
        return (int) rows.stream().filter(r -> r.attempt().overBudget()).count();
    }

    public OptionalDouble meanCoverage() {
        return meanCoverage(rows.stream().map(Row::attempt).toList());
    }

    public Duration totalTime() {
        return rows.stream().map(r -> r.attempt().taken()).reduce(Duration.ZERO, Duration::plus);
    }
}
