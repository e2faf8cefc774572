package viva.store;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds histories for tests: attempts with only the fields a test cares about spelled out. */
public final class Histories {
    public static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private Histories() {
    }

    /** A typed answer; {@code points} says which key points it covered. */
    public static StoredAttempt typed(long session, String question, List<String> tags, Instant end, int takenSeconds,
                                      int budgetSeconds, Rating rating, String answer, Boolean... points) {
        return new StoredAttempt(0, session, "drill", question, "questions/test.yaml", "hash-" + question, Lang.EN, tags,
                end.minusSeconds(takenSeconds), end, Duration.ofSeconds(takenSeconds), Duration.ofSeconds(budgetSeconds), 0,
                answer, Optional.of(List.of(points)), Optional.of(rating));
    }

    public static StoredAttempt aloud(long session, String question, List<String> tags, Instant end, int takenSeconds,
                                      int budgetSeconds, Rating rating) {
        return new StoredAttempt(0, session, "drill", question, "questions/test.yaml", "hash-" + question, Lang.EN, tags,
                end.minusSeconds(takenSeconds), end, Duration.ofSeconds(takenSeconds), Duration.ofSeconds(budgetSeconds), 0,
                "", Optional.empty(), Optional.of(rating));
    }

    public static Session session(Store store, Instant start) throws StoreException {
        return store.startSession("drill", "{}", OptionalLong.of(7), start);
    }

    /**
     * The history the report golden files are made from: three sessions on three days, three questions,
     * answers typed and aloud, over and under budget, one hostile answer and one in Chinese.
     */
    public static void sample(Store store) throws StoreException {
        List<String> moe = List.of("moe");
        List<String> lora = List.of("fine-tuning", "lora");
        List<String> attn = List.of("attention");
        Session s1 = session(store, T0);
        store.add(typed(s1.id(), "moe-collapse", moe, T0.plusSeconds(100), 95, 90, Rating.AGAIN, "no idea", false, false));
        store.add(typed(s1.id(), "lora-init", lora, T0.plusSeconds(200), 60, 120, Rating.GOOD, "B is zero, A is random",
                true, true, false));
        store.add(aloud(s1.id(), "flash-attention", attn, T0.plusSeconds(400), 150, 180, Rating.HARD));
        store.endSession(s1.id(), T0.plusSeconds(401));
        Instant d2 = T0.plus(Duration.ofDays(1));
        Session s2 = session(store, d2);
        store.add(typed(s2.id(), "moe-collapse", moe, d2.plusSeconds(100), 80, 90, Rating.HARD,
                "=HYPERLINK(\"http://x\") | <script>alert('x')</script> **bold** `code`\nsecond line", true, false));
        store.add(typed(s2.id(), "flash-attention", attn, d2.plusSeconds(400), 200, 180, Rating.GOOD,
                "分块计算 softmax,避免把整个注意力矩阵写回显存。", true, true, true));
        store.endSession(s2.id(), d2.plusSeconds(401));
        Instant d4 = T0.plus(Duration.ofDays(3));
        Session s3 = session(store, d4);
        store.add(typed(s3.id(), "moe-collapse", moe, d4.plusSeconds(100), 70, 90, Rating.GOOD,
                "-1 +1 @sum a load balancing loss keeps experts busy", true, true));
        store.add(typed(s3.id(), "lora-init", lora, d4.plusSeconds(300), 130, 120, Rating.EASY,
                "B starts at zero so BA = 0; A is Gaussian; identical to the pretrained model", true, true, true));
    }
}
