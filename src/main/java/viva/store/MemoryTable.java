package viva.store;

import viva.schedule.Card;
import viva.schedule.Memory;
import viva.schedule.Rating;
import viva.schedule.Review;
import viva.schedule.Scheduler;
import viva.schedule.State;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each question's memory as of one attempt, kept beside the attempts so that a start replays only the
 * attempts after it: over 100,000 attempts, reading and replaying them all took about 300 ms. Derived
 * data, trusted only when made by the same schedule (the scheduler's parameters and SCHEDULE_VERSION)
 * and when no later attempt predates a question's last review in it; otherwise every attempt is
 * replayed, and the attempts stay the only truth.
 */
final class MemoryTable {
    /** Bump when the scheduler's behaviour changes, so that memory made by older code is made again. */
    static final int SCHEDULE_VERSION = 1;

    private MemoryTable() {
    }

    static Remembered load(Database db, Scheduler scheduler) throws SQLException {
        long last = db.query("SELECT coalesce(max(id), 0) FROM attempt", List.of(), rs -> rs.getLong(1)).get(0);
        List<Long> upto = savedUpto(db, schedule(scheduler));
        if (!upto.isEmpty()) {
            Memory memory = read(db);
            List<Review> after = reviewsAfter(db, upto.get(0));
            boolean inOrder = after.stream().allMatch(r ->
                    memory.card(r.questionId()).map(c -> !r.at().isBefore(c.lastReview())).orElse(true));
            if (inOrder) {
                after.forEach(r -> memory.add(scheduler, r));
                return new Remembered(memory, last, after.isEmpty());
            }
        }
        return new Remembered(Memory.replay(scheduler, reviewsAfter(db, 0)), last, false);
    }

    /** Replaces the saved memory, unless one already saved covers as many attempts or more. */
    static void save(Database db, Scheduler scheduler, Memory memory, long upto) throws SQLException {
        String schedule = schedule(scheduler);
        List<Long> saved = savedUpto(db, schedule);
        if (!saved.isEmpty() && saved.get(0) >= upto) {
            return;
        }
        try (var s = db.connection().createStatement()) {
            s.execute("DELETE FROM memory_card");
            s.execute("DELETE FROM memory_meta");
        }
        String sql = "INSERT INTO memory_card (question_id, due, stability, difficulty, state, step, last_review, reps, lapses,"
                + " scheduled_days, first_seen, reviews) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (Map.Entry<String, Card> e : memory.cards().entrySet()) {
                Card c = e.getValue();
                Database.bind(ps, List.of(e.getKey(), c.due().toEpochMilli(), c.stability(), c.difficulty(), c.state().value(),
                        c.step(), c.lastReview().toEpochMilli(), c.reps(), c.lapses(), c.scheduledDays(),
                        memory.firstSeen(e.getKey()).orElse(c.lastReview()).toEpochMilli(), memory.reviews(e.getKey())));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO memory_meta (id, schedule, upto) VALUES (1, ?, ?)")) {
            Database.bind(ps, List.of(schedule, upto));
            ps.executeUpdate();
        }
    }

    /** The last attempt the saved memory covers, if one was saved by this schedule. */
    private static List<Long> savedUpto(Database db, String schedule) throws SQLException {
        return db.query("SELECT upto FROM memory_meta WHERE id = 1 AND schedule = ?", List.of(schedule), rs -> rs.getLong(1));
    }

    private static Memory read(Database db) throws SQLException {
        Map<String, Card> cards = new HashMap<>();
        Map<String, Instant> firstSeen = new HashMap<>();
        Map<String, Integer> reviews = new HashMap<>();
        db.query("SELECT question_id, due, stability, difficulty, state, step, last_review, reps, lapses, scheduled_days,"
                + " first_seen, reviews FROM memory_card", List.of(), rs -> {
                    String id = rs.getString(1);
                    cards.put(id, new Card(Instant.ofEpochMilli(rs.getLong(2)), rs.getDouble(3), rs.getDouble(4),
                            State.of(rs.getInt(5)), rs.getInt(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8),
                            rs.getInt(9), rs.getInt(10)));
                    firstSeen.put(id, Instant.ofEpochMilli(rs.getLong(11)));
                    reviews.put(id, rs.getInt(12));
                    return id;
                });
        return Memory.of(cards, firstSeen, reviews);
    }

    /** The attempts after attempt {@code id}, as reviews in the order they were made. */
    static List<Review> reviewsAfter(Database db, long id) throws SQLException {
        // "+ended_at": without statistics SQLite would walk the whole ended_at index to skip the saved attempts,
        // 100 ms over a million of them, where the id range holds only the few attempts since.
        return db.query("SELECT question_id, ended_at, rating FROM attempt WHERE id > ? ORDER BY +ended_at, id", List.of(id),
                rs -> new Review(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), Rating.of(rs.getInt(3))));
    }

    private static String schedule(Scheduler scheduler) {
        return SCHEDULE_VERSION + " " + scheduler.parameters();
    }
}
