package viva.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * This machine's copy of one learner's history on a server: a SQLite file in the data folder, beside the
 * recovery journal, that due, history, stats and a drill read while the server cannot be reached. It is derived
 * and only ever written by a refresh, after a command that wrote to the server. A refresh brings only what is
 * new: the attempts past the copy's last id, the sessions it still holds open, and the marks and saved memory
 * whole (one row a question at most). Where the server's attempts up to that id are no longer the copy's (an
 * answer undone meanwhile), the attempts are copied again from the first.
 */
final class LocalCopy {
    private static final List<String> WHOLE = List.of("suspended", "flagged", "memory_card", "memory_meta");

    private LocalCopy() {
    }

    /** One file per server and learner, so that another 'history' setting never reads this one's copy. */
    static Path file(HistoryServer server) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((server.shown() + "\n" + server.learner().orElse(""))
                    .getBytes(StandardCharsets.UTF_8));
            return server.local().resolve("viva-server-copy-" + HexFormat.of().formatHex(digest, 0, 6) + ".db");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** When the copy was last brought up to date (each refresh rewrites the marks, so the file changes), if there is one. */
    static Optional<Instant> asOf(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Brings the copy up to date with what {@code server} shows this learner, in one transaction of the copy. */
    static void refresh(Database server, Path file) throws SQLException, StoreException {
        Database copy = sound(file);
        try {
            copy.transaction(() -> {
                long upTo = lastId(copy);
                if (!counts(server, upTo).equals(counts(copy, upTo))) {
                    for (String table : List.of("attempt_tag", "attempt", "unrated_attempt", "session")) {
                        copy.update("DELETE FROM " + table, List.of());
                    }
                    upTo = 0;
                }
                long open = copy.query("SELECT coalesce((SELECT min(id) FROM session WHERE ended_at IS NULL),"
                        + " (SELECT max(id) + 1 FROM session), 0)", List.of(), rs -> rs.getLong(1)).get(0);
                HistoryCopy.rows(server, copy, "session", "SELECT * FROM session WHERE id >= ? ORDER BY id", List.of(open),
                        "ON CONFLICT (id) DO UPDATE SET ended_at = excluded.ended_at");
                for (String table : List.of("attempt", "unrated_attempt")) {
                    HistoryCopy.rows(server, copy, table, "SELECT * FROM " + table + " WHERE id > ? ORDER BY id", List.of(upTo), "");
                }
                HistoryCopy.rows(server, copy, "attempt_tag", "SELECT * FROM attempt_tag WHERE attempt_id > ?", List.of(upTo), "");
                for (String table : WHOLE) {
                    copy.update("DELETE FROM " + table, List.of());
                    HistoryCopy.rows(server, copy, table, "SELECT * FROM " + table, List.of(), "");
                }
                return null;
            });
        } finally {
            copy.close();
        }
    }

    /** The copy, opened to be written; a damaged one is set aside (the server holds all of it) and made again. */
    private static Database sound(Path file) throws StoreException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            Database copy = Database.open(file);
            try {
                copy.verify();
                return copy;
            } catch (StoreException damaged) {
                copy.close();
                try {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
                    for (String suffix : List.of("-wal", "-shm")) {
                        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                    }
                } catch (IOException e) {
                    throw new StoreException("cannot set aside the damaged copy " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return Database.open(file);
    }

    private static long lastId(Database db) throws SQLException {
        return db.query("SELECT coalesce(max(m), 0) FROM (SELECT max(id) AS m FROM attempt UNION ALL SELECT max(id) FROM unrated_attempt) ids",
                List.of(), rs -> rs.getLong(1)).get(0);
    }

    /** How many rated and unrated attempts a history holds up to {@code upTo}: equal on both sides, the copy holds the same. */
    private static List<Long> counts(Database db, long upTo) throws SQLException {
        return db.query("SELECT (SELECT count(*) FROM attempt WHERE id <= ?), (SELECT count(*) FROM unrated_attempt WHERE id <= ?)",
                List.of(upTo, upTo), rs -> List.of(rs.getLong(1), rs.getLong(2))).get(0);
    }
}
