package viva.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the person marked on questions, kept in the history rather than in the banks (a built-in bank cannot be
 * written, and a mark is the person's, not the question's): suspended ones stay out of every drill and plan,
 * flagged ones wait to be edited.
 */
final class QuestionMarks {
    /** Each mark has a table of its own: a question id and when it was marked. */
    enum Mark {
        SUSPENDED("suspended"), FLAGGED("flagged");

        private final String table;

        Mark(String table) {
            this.table = table;
        }
    }

    private final Database db;

    QuestionMarks(Database db) {
        this.db = db;
    }

    /** Marks the questions; gives how many were not marked already. */
    int add(Mark mark, Collection<String> ids, Instant at) throws StoreException {
        db.verify();
        return changeEach(ids, "INSERT INTO " + mark.table + " (question_id, since) VALUES (?, " + at.toEpochMilli() + ") ON CONFLICT DO NOTHING");
    }

    /** Clears the mark; gives how many questions had it. */
    int remove(Mark mark, Collection<String> ids) throws StoreException {
        db.verify();
        return changeEach(ids, "DELETE FROM " + mark.table + " WHERE question_id = ?");
    }

    SortedSet<String> all(Mark mark) throws StoreException {
        try {
            return new TreeSet<>(db.query("SELECT question_id FROM " + mark.table, List.of(), rs -> rs.getString(1)));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private int changeEach(Collection<String> ids, String sql) throws StoreException {
        try {
            return db.transaction(() -> {
                int changed = 0;
                try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                    for (String id : ids) {
                        ps.setString(1, id);
                        changed += ps.executeUpdate();
                    }
                }
                return changed;
            });
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }
}
