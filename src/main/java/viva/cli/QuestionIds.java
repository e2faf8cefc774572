package viva.cli;

import viva.bank.Catalog;
import viva.bank.Question;
import viva.text.Closest;

import java.util.List;

/** Finds a question by the id a person typed, or says which ids are closest. */
final class QuestionIds {
    private QuestionIds() {
    }

    static Question find(Catalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> {
            List<String> closest = Closest.of(id, catalog.ids(), 5);
            return new VivaException(ExitCode.USAGE, "no question with id '" + id + "'"
                    + (closest.isEmpty() ? "; see 'viva list --format ids'" : "; closest: " + String.join(", ", closest)));
        });
    }
}
