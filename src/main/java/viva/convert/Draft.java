package viva.convert;

import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Problem;

import java.time.Duration;
import java.util.List;

/** What an import produced: questions to write as a bank, and what could not be placed in any question. */
public record Draft(List<Item> questions, List<Problem> unplaced, List<String> files) {
    public Draft {
        questions = List.copyOf(questions);
        unplaced = List.copyOf(unplaced);
        files = List.copyOf(files);
    }

    /** One drafted question, written in one language; the other language repeats it until translated. */
    public record Item(String id, List<String> tags, Duration time, Lang lang, String prompt, String answer,
                       List<KeyPoint> points, List<String> hints, Location from) {
        public Item {
            tags = List.copyOf(tags);
            points = List.copyOf(points);
            hints = List.copyOf(hints);
        }
    }
}
