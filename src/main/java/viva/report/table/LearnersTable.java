package viva.report.table;

import viva.report.LearnerRow;
import viva.report.table.Grid.Column;
import viva.text.Messages;
import viva.text.Visible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's learners, one a row, as 'stats --cohort' prints them under the cohort's own figures. Names come
 * from the server and settings: shown, never executed.
 */
public final class LearnersTable {
    private final int width;
    private final Messages words;

    public LearnersTable(int width, Messages words) {
        this.width = width;
        this.words = words;
    }

    public List<String> render(List<LearnerRow> learners) {
        List<String> out = new ArrayList<>();
        out.add(words.get("cohort.title", learners.size()));
        if (learners.isEmpty()) {
            return out;
        }
        String weakest = words.get("cohort.weakest");
        String coverage = words.get("cohort.coverage");
        List<Column> all = List.of(
                Column.left(words.get("cohort.learner"), learners.stream().map(l -> Visible.of(l.learner())).toList(), 0),
                Column.right(words.get("cohort.attempts"), learners.stream().map(l -> String.valueOf(l.attempts())).toList(), 0),
                Column.right(words.get("cohort.rating"), learners.stream()
                        .map(l -> String.format(Locale.ROOT, "%.2f", l.meanRating())).toList(), 0),
                Column.right(coverage, learners.stream().map(l -> l.meanCoverage().isPresent()
                        ? Math.round(l.meanCoverage().getAsDouble()) + "%" : "-").toList(), 0),
                Column.left(weakest, learners.stream().map(l -> Visible.of(String.join(", ", l.weakestTags()))).toList(), 0));
        List<Column> columns = Grid.first(Grid.dropping(all, weakest, coverage), width - 2);
        out.add("  " + Grid.line(columns, -1));
        for (int row = 0; row < learners.size(); row++) {
            out.add("  " + Grid.line(columns, row));
        }
        return out;
    }
}
