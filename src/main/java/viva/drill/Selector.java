package viva.drill;

import viva.bank.Catalog;
import viva.bank.Question;
import viva.text.Closest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Picks a drill's questions. The same seed over the same banks gives the same questions in the same order. */
public final class Selector {
    private Selector() {
    }

    public static List<Question> matching(Catalog catalog, Filter filter) throws UnknownTagException {
        checkTags(catalog, filter);
        return catalog.questions().stream().filter(filter::test).toList();
    }

    public static List<Question> pick(Catalog catalog, Filter filter, int count, Order order, long seed)
            throws UnknownTagException {
        List<Question> chosen = new ArrayList<>(matching(catalog, filter));
        if (order == Order.RANDOM) {
            Collections.shuffle(chosen, new Random(seed));
        }
        return List.copyOf(chosen.subList(0, Math.min(count, chosen.size())));
    }

    static void checkTags(Catalog catalog, Filter filter) throws UnknownTagException {
        var known = catalog.tagCounts().keySet();
        for (String tag : filter.namedTags()) {
            if (!known.contains(Filter.lower(tag))) {
                throw new UnknownTagException(tag, Closest.of(tag, known, 5));
            }
        }
    }
}
