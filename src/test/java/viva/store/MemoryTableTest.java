package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Rating;
import viva.schedule.Review;
import viva.schedule.Scheduler;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static viva.store.Histories.T0;

/** Saved memory plus the attempts after it is exactly the memory a replay of every attempt gives. */
class MemoryTableTest {
    private static final Scheduler SCHEDULER = new Scheduler(FsrsParameters.defaults());

    @TempDir
    Path dir;

    @Test
    void savedMemoryAndTheAttemptsSinceEqualAFullReplay() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            try (Store store = Store.open(dir.resolve("seed-" + seed + ".db"))) {
                Instant at = attempts(store, random, T0, 300);
                Remembered first = store.remember(SCHEDULER);
                assertThat(first.saved()).isFalse();
                store.keep(SCHEDULER, first.memory().copy(), first.upto());

                assertSameMemory(store.remember(SCHEDULER), store);
                assertThat(store.remember(SCHEDULER).saved()).as("nothing new since it was saved").isTrue();

                attempts(store, random, at, 40);
                Remembered later = store.remember(SCHEDULER);
                assertThat(later.saved()).isFalse();
                assertSameMemory(later, store);
            }
        }
    }

    @Test
    void anotherScheduleOrAnAttemptOlderThanTheSavedMemoryMeansAFullReplay() throws Exception {
        try (Store store = Store.open(dir.resolve("viva.db"))) {
            Random random = new Random(9);
            attempts(store, random, T0, 120);
            Remembered saved = store.remember(SCHEDULER);
            store.keep(SCHEDULER, saved.memory().copy(), saved.upto());

            Scheduler stricter = new Scheduler(FsrsParameters.defaults().withDesiredRetention(0.95));
            Remembered other = store.remember(stricter);
            assertThat(other.saved()).isFalse();
            assertThat(other.memory().cards()).isEqualTo(Memory.replay(stricter, everyReview(store)).cards());

            // An attempt recorded late, with a time before the saved last reviews (a second drill, a clock set back).
            Session s = Histories.session(store, T0);
            store.add(Histories.aloud(s.id(), "q-1", List.of("t"), T0.plus(Duration.ofDays(1)), 30, 60, Rating.AGAIN));
            assertSameMemory(store.remember(SCHEDULER), store);
        }
    }

    private static void assertSameMemory(Remembered remembered, Store store) throws Exception {
        Memory replayed = Memory.replay(SCHEDULER, everyReview(store));
        assertThat(remembered.memory().cards()).isEqualTo(replayed.cards());
        for (String id : replayed.cards().keySet()) {
            assertThat(remembered.memory().reviews(id)).isEqualTo(replayed.reviews(id));
            assertThat(remembered.memory().firstSeen(id)).isEqualTo(replayed.firstSeen(id));
        }
    }

    /** Every attempt as a review, read on a connection of its own: the oracle a full replay starts from. */
    private static List<Review> everyReview(Store store) throws Exception {
        try (Database db = Database.open(store.file())) {
            return MemoryTable.reviewsAfter(db, 0);
        }
    }

    /** {@code count} attempts on 25 questions, hours to days apart, from {@code start}; returns the last time. */
    private static Instant attempts(Store store, Random random, Instant start, int count) throws StoreException {
        Session session = Histories.session(store, start);
        Instant at = start;
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(60 * 48)));
            Rating rating = Rating.values()[random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3)];
            store.add(Histories.aloud(session.id(), "q-" + random.nextInt(25), List.of("t"), at, 30, 60, rating));
        }
        return at;
    }
}
