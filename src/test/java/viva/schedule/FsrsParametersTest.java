package viva.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parameters' text keys saved memory, so it stays exactly what the record's generated toString wrote. */
class FsrsParametersTest {
    @Test
    void theTextIsTheRecordsOwnForm() {
        assertThat(FsrsParameters.defaults().toString()).isEqualTo("FsrsParameters[w=[0.212, 1.2931, 2.3065, 8.2956, 6.4133,"
                + " 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,"
                + " 0.0658, 0.1542], desiredRetention=0.9, maximumInterval=36500, learningSteps=[PT1M, PT10M],"
                + " relearningSteps=[PT10M], shortTerm=true]");
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.85).withSteps(List.of(), List.of(Duration.ofMinutes(5)))
                .withShortTerm(false).toString()).contains("desiredRetention=0.85,", "learningSteps=[], relearningSteps=[PT5M], shortTerm=false]");
    }
}
