package viva.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Collections;

/**
 * Which key points an answer covered, as the person confirms or corrects viva's suggestion before rating.
 * viva's matcher only suggests; what is stored is what the person accepted. An answer given aloud starts
 * with no marks, and has coverage only once the person marks a point.
 */
public final class Marks {
    private final Optional<Coverage> suggested;
    private final List<Boolean> marked;
    private boolean touched;

    public Marks(int points, Optional<Coverage> suggested) {
        this.suggested = suggested;
        this.marked = new ArrayList<>(suggested.map(Coverage::covered).orElse(Collections.nCopies(points, false)));
    }

    /** Flips the mark of point {@code number} (1-based); false when there is no such point. */
    public synchronized boolean toggle(int number) {
        if (number < 1 || number > marked.size()) {
            return false;
        }
        marked.set(number - 1, !marked.get(number - 1));
        touched = true;
        return true;
    }

    public int size() {
        return marked.size();
    }

    /** viva's own reading of the answer; empty for an answer given aloud. */
    public Optional<Coverage> suggested() {
        return suggested;
    }

    /** The marks as they stand: viva's, or the person's once corrected; empty for an unmarked answer given aloud. */
    public synchronized Optional<Coverage> confirmed() {
        return suggested.isEmpty() && !touched ? Optional.empty() : Optional.of(new Coverage(marked));
    }

    /** Whether the person changed any of viva's marks. */
    public synchronized boolean corrected() {
        return confirmed().isPresent() && !confirmed().equals(suggested);
    }
}
