package viva.store;

import java.util.ArrayList;
import java.util.List;

/** A scope as a WHERE clause over {@code attempt a}, with its parameters in order. */
record ScopeSql(String where, List<Object> params) {
    /** Every row: a condition both engines read as true (PostgreSQL takes no bare 1 for it). */
    static final String ALL = "1 = 1";

    static ScopeSql of(Scope scope) {
        return of(scope, "EXISTS (SELECT 1 FROM attempt_tag t WHERE t.attempt_id = a.id AND t.tag IN (");
    }

    /** The same scope over {@code unrated_attempt a}, which has no per-tag copies: its tags are read from the row. */
    static ScopeSql unrated(Scope scope, Dialect dialect) {
        return of(scope, "EXISTS (SELECT 1 FROM " + dialect.jsonStrings("a.tags", "t") + " WHERE t.value IN (");
    }

    /** {@code tagTest} opens a test that one of the attempt's tags is in a list, closed here. */
    private static ScopeSql of(Scope scope, String tagTest) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!scope.tags().isEmpty()) {
            terms.add(tagTest + Database.placeholders(scope.tags().size()) + "))");
            params.addAll(scope.tags());
        }
        scope.question().ifPresent(q -> {
            terms.add("a.question_id = ?");
            params.add(q);
        });
        scope.since().ifPresent(s -> {
            terms.add("a.ended_at >= ?");
            params.add(s.toEpochMilli());
        });
        scope.session().ifPresent(s -> {
            terms.add("a.session_id = ?");
            params.add(s);
        });
        return new ScopeSql(terms.isEmpty() ? ALL : String.join(" AND ", terms), List.copyOf(params));
    }

    /** The tag filter applied to {@code attempt_tag} under {@code alias}, so that per-tag figures show only the tags asked for. */
    static ScopeSql tagsOnly(Scope scope, String alias) {
        if (scope.tags().isEmpty()) {
            return new ScopeSql(ALL, List.of());
        }
        return new ScopeSql(alias + ".tag IN (" + Database.placeholders(scope.tags().size()) + ")",
                List.copyOf(scope.tags()));
    }
}
