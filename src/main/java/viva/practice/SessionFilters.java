package viva.practice;

import viva.bank.Difficulty;
import viva.drill.Filter;
import viva.store.Session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** How a session chose its questions, kept as JSON so that new settings need no schema change. */
public final class SessionFilters {
    private SessionFilters() {
    }

    /** The filter, followed by any other settings worth keeping (count, order, language, ...). */
    public static String json(Filter filter, Map<String, Object> settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tags", filter.tags());
        m.put("all_tags", filter.allTags());
        m.put("exclude_tags", filter.excludeTags());
        m.put("difficulties", filter.difficulties().stream().sorted()
                .map(SessionFilters::difficulty).toList());
        m.putAll(settings);
        return Session.filtersJson(m);
    }

    private static String difficulty(Difficulty d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}
