package viva.schedule;

import org.junit.jupiter.api.Test;
import viva.text.Messages;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** When a question comes back, in the drill's language. */
class DueInTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Messages ZH = Messages.of("zh");

    @Test
    void englishCountsTheOneAndTheMany() {
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofMinutes(1)))).isEqualTo("again in 1 minute");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofHours(1)))).isEqualTo("again in 1 hour");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofDays(2)), Messages.ENGLISH)).isEqualTo("again in 2 days");
    }

    @Test
    void chineseSaysTheSame() {
        assertThat(DueIn.phrase(MONDAY, MONDAY, ZH)).isEqualTo("现在再练");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofMinutes(10)), ZH)).isEqualTo("10 分钟后再练");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofHours(3)), ZH)).isEqualTo("3 小时后再练");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofHours(20)), ZH)).isEqualTo("明天再练");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofDays(3)), ZH)).isEqualTo("3 天后再练");
    }
}
