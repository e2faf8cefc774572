package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one list of migrations brings an empty SQLite file and an empty PostgreSQL database to the same schema
 * (tables, columns in order, their kinds and nullability, primary keys and indexes), and the steps that carry
 * data forward compute the same rows on both.
 */
class MigrationsOnBothEnginesTest {
    /** A version-1 history: two attempts with their key-point marks and tags as JSON text. */
    private static final List<String> VERSION_ONE_ROWS = List.of(
            "INSERT INTO session (id, mode, started_at, filters, seed) VALUES (1, 'drill', 1000, '{}', NULL)",
            "INSERT INTO attempt (id, session_id, mode, question_id, bank, text_hash, lang, tags, started_at, ended_at, taken_ms,"
                    + " budget_ms, hints_used, answer, points, rating) VALUES (1, 1, 'drill', 'moe-collapse', 'moe.yaml', 'h1', 'en',"
                    + " '[\"moe\",\"routing\"]', 1000, 61000, 60000, 90000, 0, 'collapse', '[true,false,true]', 3)",
            "INSERT INTO attempt (id, session_id, mode, question_id, bank, text_hash, lang, tags, started_at, ended_at, taken_ms,"
                    + " budget_ms, hints_used, answer, points, rating) VALUES (2, 1, 'drill', 'lora-init', 'lora.yaml', 'h2', 'zh',"
                    + " '[\"lora\"]', 62000, 92000, 30000, 120000, 1, '', '[]', 1)");

    @TempDir
    Path dir;

    @Test
    void theSameListMakesTheSameSchemaOnSqliteAndPostgres() throws Exception {
        try (Connection sqlite = sqlite(); Connection pg = postgres()) {
            migrate(sqlite, Dialect.SQLITE, 0);
            migrate(pg, Dialect.POSTGRES, 0);
            Map<String, List<String>> onSqlite = sqliteSchema(sqlite);
            Map<String, List<String>> onPostgres = postgresSchema(pg);
            assertThat(onSqlite).containsKeys("table attempt", "table attempt_tag", "table memory_card", "index attempt_figures");
            assertThat(onPostgres).isEqualTo(onSqlite);
        }
    }

    @Test
    void theStepsThatCarryDataForwardGiveTheSameRowsOnBoth() throws Exception {
        try (Connection sqlite = sqlite(); Connection pg = postgres()) {
            for (Connection c : List.of(sqlite, pg)) {
                Dialect dialect = c == pg ? Dialect.POSTGRES : Dialect.SQLITE;
                run(c, Migrations.statements(0, dialect));
                run(c, VERSION_ONE_ROWS);
                migrate(c, dialect, 1);
            }
            String coverage = "SELECT id, coverage FROM attempt ORDER BY id";
            String tags = "SELECT tag, attempt_id, rating, coverage FROM attempt_tag ORDER BY tag, attempt_id";
            assertThat(rows(sqlite, coverage)).containsExactly("1 67", "2 100");
            assertThat(rows(pg, coverage)).isEqualTo(rows(sqlite, coverage));
            assertThat(rows(sqlite, tags)).containsExactly("lora 2 1 100", "moe 1 3 67", "routing 1 3 67");
            assertThat(rows(pg, tags)).isEqualTo(rows(sqlite, tags));
            assertThat(rows(sqlite, "SELECT * FROM question_tally ORDER BY question_id")).hasSize(2);
            sameRunningSums(sqlite, pg);

            // The running sums follow every insert and delete on both, through each engine's triggers.
            for (Connection c : List.of(sqlite, pg)) {
                run(c, List.of("INSERT INTO attempt (id, session_id, mode, question_id, bank, text_hash, lang, tags, started_at, ended_at,"
                        + " taken_ms, budget_ms, hints_used, answer, points, rating, coverage, suggested) VALUES (3, 1, 'drill', 'moe-collapse',"
                        + " 'moe.yaml', 'h1', 'en', '[\"moe\",\"routing\"]', 95000, 200000, 105000, 90000, 1, 'again', '[true]', 2, 100, '[false]')",
                        "INSERT INTO attempt_tag (tag, attempt_id, session_id, question_id, ended_at, rating, coverage, taken_ms, budget_ms)"
                                + " VALUES ('moe', 3, 1, 'moe-collapse', 200000, 2, 100, 105000, 90000)",
                        "DELETE FROM attempt_tag WHERE attempt_id = 2", "DELETE FROM attempt WHERE id = 2"));
            }
            assertThat(rows(sqlite, "SELECT question_id, attempts, last_id, over_budget, corrected FROM question_tally"))
                    .containsExactly("moe-collapse 2 3 1 1");
            sameRunningSums(sqlite, pg);
        }
    }

    /** A bulk copy sums the running sums once, after its rows: from these fills, into these tables. */
    @Test
    void theRunningSumsAreFourTablesEachFilledByOneStatement() {
        assertThat(Migrations.runningSumTables()).containsExactly("question_tally", "session_tally", "tag_tally", "day_tally");
        assertThat(Migrations.runningSumFills(Dialect.POSTGRES)).hasSize(4)
                .allSatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains("_tally"));
    }

    @Test
    void eachStatementPostgresSaysInItsOwnWordsStillFindsOne() {
        for (String firstLine : PostgresSql.keys()) {
            long found = Migrations.STEPS.stream().flatMap(List::stream).filter(sql -> PostgresSql.firstLine(sql).equals(firstLine)).count();
            assertThat(found).as(firstLine).isEqualTo(1);
        }
    }

    private static void sameRunningSums(Connection sqlite, Connection pg) throws SQLException {
        for (String table : List.of("question_tally ORDER BY question_id", "session_tally ORDER BY session_id", "tag_tally ORDER BY tag",
                "day_tally ORDER BY bucket")) {
            assertThat(rows(pg, "SELECT * FROM " + table)).as(table).isEqualTo(rows(sqlite, "SELECT * FROM " + table));
        }
    }

    private Connection sqlite() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("viva.db"));
    }

    private static Connection postgres() throws SQLException {
        Postgres cluster = Postgres.cluster();
        return cluster.connect(cluster.freshDatabase(), Postgres.ADMIN, Postgres.ADMIN_PASSWORD);
    }

    private static void migrate(Connection c, Dialect dialect, int from) throws SQLException {
        for (int step = from; step < Migrations.latest(); step++) {
            run(c, Migrations.statements(step, dialect));
        }
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static final Set<String> WHOSE = Set.of("owner", "learner");

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    // Whose a row is differs by design: a file's nobody, a server's role.
                    if (WHOSE.contains(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Object value = rs.getObject(i);
                    // A sum of ratios is a float on both, printed in each engine's way: compared to nine places.
                    boolean fraction = value instanceof Double || value instanceof Float || value instanceof BigDecimal;
                    row.add(fraction ? String.format(Locale.ROOT, "%.9f", ((Number) value).doubleValue()) : String.valueOf(value));
                }
                out.add(String.join(" ", row));
            }
        }
        return out;
    }

    /** "table NAME" to its columns (name kind [not null] [key]), "index NAME" to its table and columns. */
    private static Map<String, List<String>> sqliteSchema(Connection c) throws SQLException {
        Map<String, List<String>> schema = new TreeMap<>();
        for (String table : rows(c, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            schema.put("table " + table, rows(c, "SELECT name || ' ' || lower(type) || CASE WHEN \"notnull\" = 1 OR pk > 0"
                    + " THEN ' not null' ELSE '' END || CASE WHEN pk > 0 THEN ' key' ELSE '' END FROM pragma_table_info('" + table
                    + "') ORDER BY cid"));
        }
        for (String index : rows(c, "SELECT name || ' ' || tbl_name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")) {
            String[] parts = index.split(" ");
            List<String> columns = new ArrayList<>(List.of("on " + parts[1]));
            columns.addAll(rows(c, "SELECT name FROM pragma_index_info('" + parts[0] + "') ORDER BY seqno"));
            schema.put("index " + parts[0], columns);
        }
        return schema;
    }

    private static Map<String, List<String>> postgresSchema(Connection c) throws SQLException {
        Map<String, List<String>> schema = new TreeMap<>();
        for (String table : rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            List<String> keys = rows(c, "SELECT k.column_name FROM information_schema.table_constraints t"
                    + " JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name)"
                    + " WHERE t.table_name = '" + table + "' AND t.constraint_type = 'PRIMARY KEY'");
            List<String> columns = new ArrayList<>();
            for (String column : rows(c, "SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = '" + table + "' ORDER BY ordinal_position")) {
                String[] parts = column.split(" ");
                String kind = switch (String.join(" ", List.of(parts).subList(1, parts.length - 1))) {
                    case "bigint" -> "integer";
                    case "double precision" -> "real";
                    default -> parts[1].toLowerCase(Locale.ROOT);
                };
                columns.add(parts[0] + " " + kind + (parts[parts.length - 1].equals("NO") ? " not null" : "")
                        + (keys.contains(parts[0]) ? " key" : ""));
            }
            schema.put("table " + table, columns);
        }
        // Indexes made by CREATE INDEX; the ones behind primary keys are the keys above.
        for (String index : rows(c, "SELECT i.relname || ' ' || t.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = current_schema() AND NOT x.indisprimary")) {
            String[] parts = index.split(" ");
            List<String> columns = new ArrayList<>(List.of("on " + parts[1]));
            columns.addAll(rows(c, "SELECT a.attname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                    + " CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) JOIN pg_attribute a ON a.attrelid = x.indrelid"
                    + " AND a.attnum = k.attnum WHERE i.relname = '" + parts[0] + "' ORDER BY k.n"));
            schema.put("index " + parts[0], columns);
        }
        return schema;
    }
}
