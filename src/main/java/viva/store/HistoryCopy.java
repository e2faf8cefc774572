package viva.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One history copied into another, from SQLite to PostgreSQL or back: every session, attempt, mark and
 * journal key, under the same ids, in one transaction of the target. Copying again adds nothing, since a row
 * already there (the same id, the same content) is left as it is; a different row under the same id (another
 * machine's history) stops the copy before anything is kept. The saved memory is derived: the target's is
 * dropped when attempts arrive, and made again from them on its next start.
 */
final class HistoryCopy {
    /** The tables a history is made of, parents first; each with the columns that tell two rows apart. */
    private record Table(String name, String key, String identity) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("session", "id", "started_at"),
            new Table("attempt", "id", "question_id, ended_at"),
            new Table("unrated_attempt", "id", "question_id, ended_at"),
            new Table("attempt_tag", "tag, attempt_id", null),
            new Table("suspended", "question_id", null),
            new Table("flagged", "question_id", null),
            new Table("recovered", "key", null));
    private static final int BATCH = 500;
    private static final Set<String> WHOSE = Set.of("owner", "learner");

    private HistoryCopy() {
    }

    /** A row of the target under an id the source uses for another: the two are different histories. */
    static final class Conflict extends SQLException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    static Store.Copied copy(Database from, Database to, String fromName, String toName) throws SQLException {
        int[] attempts = {0, 0};
        // A server fires the running sums' triggers once for every row, a function call each: a copy of a million
        // attempts took a quarter of an hour. They are off while the rows arrive and summed once after.
        // Only the tables' owner may turn their triggers off; a learner's copy fires them row by row.
        boolean bulk = to.dialect() == Dialect.POSTGRES && to.query("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class"
                + " WHERE oid = 'attempt'::regclass", List.of(), rs -> rs.getBoolean(1)).get(0);
        to.transaction(() -> {
            if (bulk) {
                triggers(to, "DISABLE");
            }
            for (Table table : TABLES) {
                int[] counts = copy(from, to, table, fromName, toName);
                if (table.name().endsWith("attempt")) {
                    attempts[0] += counts[0];
                    attempts[1] += counts[1];
                }
            }
            if (attempts[0] > 0) {
                to.update("DELETE FROM memory_card", List.of());
                to.update("DELETE FROM memory_meta", List.of());
            }
            to.afterExplicitIds("session");
            to.afterExplicitIds("attempt", "unrated_attempt");
            if (bulk) {
                for (String table : Migrations.runningSumTables()) {
                    to.update("DELETE FROM " + table, List.of());
                }
                for (String fill : Migrations.runningSumFills(Dialect.POSTGRES)) {
                    to.update(fill, List.of());
                }
                triggers(to, "ENABLE");
            }
            return null;
        });
        return new Store.Copied(attempts[0], attempts[1]);
    }

    /** The running sums' triggers, off or on again, inside the copy's transaction: no other writer sees them off. */
    private static void triggers(Database to, String how) throws SQLException {
        for (String table : List.of("attempt", "attempt_tag")) {
            to.update("ALTER TABLE " + table + " " + how + " TRIGGER USER", List.of());
        }
    }

    /** Gives the rows added and the rows that were there already. */
    private static int[] copy(Database from, Database to, Table table, String fromName, String toName) throws SQLException {
        int[] counts = {0, 0};
        try (Statement read = from.connection().createStatement();
             ResultSet rs = read.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.key())) {
            Kept kept = Kept.of(rs.getMetaData());
            try (PreparedStatement write = to.connection().prepareStatement(kept.insert(table.name(), "ON CONFLICT DO NOTHING"))) {
                List<List<Object>> batch = new ArrayList<>();
                while (rs.next()) {
                    batch.add(kept.row(rs));
                    if (batch.size() == BATCH) {
                        flush(to, write, table, kept.columns(), batch, counts, fromName, toName);
                    }
                }
                flush(to, write, table, kept.columns(), batch, counts, fromName, toName);
            }
        }
        return counts;
    }

    /**
     * Every row {@code select} reads from {@code from}, added to {@code table} of {@code to} in batches, with
     * {@code conflict} saying what becomes of a row already there; whose rows they are is left to the target.
     * Gives how many rows were read.
     */
    static int rows(Database from, Database to, String table, String select, List<?> params, String conflict) throws SQLException {
        int n = 0;
        try (PreparedStatement read = from.connection().prepareStatement(select)) {
            Database.bind(read, params);
            try (ResultSet rs = read.executeQuery()) {
                Kept kept = Kept.of(rs.getMetaData());
                try (PreparedStatement write = to.connection().prepareStatement(kept.insert(table, conflict))) {
                    while (rs.next()) {
                        Database.bind(write, kept.row(rs));
                        write.addBatch();
                        if (++n % BATCH == 0) {
                            write.executeBatch();
                        }
                    }
                    write.executeBatch();
                }
            }
        }
        return n;
    }

    /** The columns a copy carries over, by name and by their place in what was read. */
    private record Kept(List<String> columns, List<Integer> places) {
        static Kept of(ResultSetMetaData meta) throws SQLException {
            List<String> columns = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                // Whose rows they are is the target's to say: a server's role and learner, a file's nobody.
                if (!WHOSE.contains(column)) {
                    columns.add(column);
                    places.add(i);
                }
            }
            return new Kept(columns, places);
        }

        String insert(String table, String conflict) {
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + Database.placeholders(columns.size()) + ") " + conflict;
        }

        List<Object> row(ResultSet rs) throws SQLException {
            List<Object> row = new ArrayList<>(places.size());
            for (int i : places) {
                row.add(rs.getObject(i));
            }
            return row;
        }
    }

    private static void flush(Database to, PreparedStatement write, Table table, List<String> columns, List<List<Object>> batch,
                              int[] counts, String fromName, String toName) throws SQLException {
        for (List<Object> row : batch) {
            Database.bind(write, row);
            write.addBatch();
        }
        int[] done = write.executeBatch();
        for (int i = 0; i < done.length; i++) {
            if (done[i] == 0) {
                counts[1]++;
                same(to, table, columns, batch.get(i), fromName, toName);
            } else {
                counts[0]++;
            }
        }
        batch.clear();
    }

    /** A row skipped as there already must be the same row, not another machine's under the same id. */
    private static void same(Database to, Table table, List<String> columns, List<Object> row, String fromName, String toName)
            throws SQLException {
        if (table.identity() == null) {
            return;
        }
        Object id = row.get(columns.indexOf(table.key()));
        List<String> ours = new ArrayList<>();
        for (String column : table.identity().split(", ")) {
            ours.add(String.valueOf(row.get(columns.indexOf(column))));
        }
        List<String> theirs = to.query("SELECT " + table.identity() + " FROM " + table.name() + " WHERE id = ?", List.of(id), rs -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= ours.size(); i++) {
                values.add(String.valueOf(rs.getObject(i)));
            }
            return String.join(" ", values);
        });
        // A row the target has but does not show is another learner's, under row-level security.
        if (theirs.isEmpty() || !theirs.get(0).equals(String.join(" ", ours))) {
            throw new Conflict(toName + " holds another " + table.name().replace('_', ' ') + " under id " + id
                    + " than " + fromName + " does (a history of another machine?); nothing was copied. Copy into an empty database");
        }
    }
}
