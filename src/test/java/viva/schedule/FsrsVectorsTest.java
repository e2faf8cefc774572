package viva.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the ts-fsrs 5.4.2 vectors (spec section 12). Set -Dfsrs.vectors=/path/file.json to replay another
 * file; by default the copy in src/test/resources is used.
 */
class FsrsVectorsTest {
    private static final double STABILITY_PERCENT = 1e-4; // relative 1e-6
    private static final double ABSOLUTE = 1e-6;

    private static final JsonNode VECTORS = load();

    private static JsonNode load() {
        String override = System.getProperty("fsrs.vectors");
        try (InputStream in = override == null || override.isBlank()
                ? FsrsVectorsTest.class.getResourceAsStream("/fsrs-vectors.json")
                : Files.newInputStream(Path.of(override))) {
            assertThat(in).as("fsrs-vectors.json").isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read FSRS vectors", e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenario() {
        List<JsonNode> scenarios = new ArrayList<>();
        VECTORS.get("scenarios").forEach(scenarios::add);
        assertThat(scenarios).isNotEmpty();
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.get("name").asText(), () -> replay(s)));
    }

    private static void replay(JsonNode scenario) {
        FsrsParameters params = parameters(scenario.get("parameters"));
        Scheduler scheduler = new Scheduler(params);
        MemoryModel model = new MemoryModel(params);
        Card card = Card.newCard(Instant.parse(VECTORS.at("/conventions/start_time").asText()));
        for (JsonNode review : scenario.get("reviews")) {
            String where = scenario.get("name").asText() + " review " + review.get("index").asInt();
            Instant now = Instant.parse(review.get("review_time").asText());
            assertThat(card.state().name()).as(where + " state before").isEqualToIgnoringCase(review.get("state_before").asText());
            assertThat(card.step()).as(where + " step before").isEqualTo(review.get("learning_steps_before").asInt());
            Map<Rating, ReviewResult> preview = scheduler.preview(card, now);
            review.get("options").properties().forEach(option ->
                    checkOption(preview.get(Rating.valueOf(option.getKey().toUpperCase())), option.getValue(), now,
                            where + " option " + option.getKey()));
            ReviewResult result = scheduler.review(card, Rating.of(review.get("rating").asInt()), now);
            assertThat(result.log().elapsedDays()).as(where + " elapsed days").isEqualTo(review.get("elapsed_days").asLong());
            checkRetrievability(model, card, result.log().elapsedDays(), review, where);
            checkAfter(result.card(), review.get("after"), where);
            card = result.card();
        }
    }

    /** The vectors define R on the scheduler's calendar days, which may differ from {@link Scheduler#retrievability}. */
    private static void checkRetrievability(MemoryModel model, Card before, long days, JsonNode review, String where) {
        JsonNode expected = review.get("retrievability_at_review");
        if (!expected.isNull()) {
            assertThat(model.retrievability(days, before.stability())).as(where + " R").isCloseTo(expected.asDouble(), within(ABSOLUTE));
        }
    }

    private static void checkOption(ReviewResult result, JsonNode expected, Instant now, String where) {
        Card card = result.card();
        assertThat(card.state().name()).as(where + " state").isEqualToIgnoringCase(expected.get("state").asText());
        assertThat(card.step()).as(where + " step").isEqualTo(expected.get("learning_steps").asInt());
        assertThat(card.scheduledDays()).as(where + " scheduled days").isEqualTo(expected.get("scheduled_days").asInt());
        assertThat(Duration.between(now, card.due()).toMinutes()).as(where + " minutes").isEqualTo(expected.get("interval_minutes").asLong());
        checkMemory(card, expected, where);
    }

    private static void checkAfter(Card card, JsonNode after, String where) {
        assertThat(card.state().value()).as(where + " state").isEqualTo(after.get("state_value").asInt());
        assertThat(card.step()).as(where + " step").isEqualTo(after.get("learning_steps").asInt());
        assertThat(card.reps()).as(where + " reps").isEqualTo(after.get("reps").asInt());
        assertThat(card.lapses()).as(where + " lapses").isEqualTo(after.get("lapses").asInt());
        assertThat(card.scheduledDays()).as(where + " scheduled days").isEqualTo(after.get("scheduled_days").asInt());
        assertThat(card.due()).as(where + " due").isEqualTo(Instant.parse(after.get("due").asText()));
        assertThat(card.lastReview()).as(where + " last review").isEqualTo(Instant.parse(after.get("last_review").asText()));
        checkMemory(card, after, where);
    }

    private static void checkMemory(Card card, JsonNode expected, String where) {
        assertThat(card.stability()).as(where + " stability")
                .isCloseTo(expected.get("stability").asDouble(), withinPercentage(STABILITY_PERCENT));
        assertThat(card.difficulty()).as(where + " difficulty")
                .isCloseTo(expected.get("difficulty").asDouble(), within(ABSOLUTE));
    }

    static FsrsParameters parameters(JsonNode p) {
        List<Double> w = new ArrayList<>();
        p.get("w").forEach(x -> w.add(x.asDouble()));
        return new FsrsParameters(w, p.get("request_retention").asDouble(), p.get("maximum_interval").asInt(),
                steps(p.get("learning_steps")), steps(p.get("relearning_steps")), p.get("enable_short_term").asBoolean());
    }

    /** ts-fsrs step units: 10m, 2h, 1d. */
    private static List<Duration> steps(JsonNode steps) {
        List<Duration> out = new ArrayList<>();
        for (JsonNode step : steps) {
            String text = step.asText();
            long value = Long.parseLong(text.substring(0, text.length() - 1));
            out.add(switch (text.charAt(text.length() - 1)) {
                case 'm' -> Duration.ofMinutes(value);
                case 'h' -> Duration.ofHours(value);
                case 'd' -> Duration.ofDays(value);
                default -> throw new IllegalArgumentException("unknown step unit in " + text);
            });
        }
        return out;
    }

    @Test
    void defaultParametersMatchTheFile() {
        FsrsParameters defaults = FsrsParameters.defaults();
        assertThat(parameters(VECTORS.get("default_parameters"))).isEqualTo(defaults);
        assertThat(VECTORS.at("/default_parameters/enable_fuzz").asBoolean()).isFalse();
    }

    // ---- formula-level vectors (the "unit" section) ----

    private static final MemoryModel MODEL = new MemoryModel(FsrsParameters.defaults());

    private static JsonNode unit(String name) {
        return VECTORS.get("unit").get(name);
    }

    @Test
    void decayFactorAndIntervalModifier() {
        assertThat(-FsrsParameters.defaults().w().get(20)).isEqualTo(unit("decay").asDouble());
        assertThat(MODEL.factor()).isCloseTo(unit("factor").asDouble(), within(1e-8));
        unit("interval_modifier").properties().forEach(e -> {
            double retention = Double.parseDouble(e.getKey());
            MemoryModel model = new MemoryModel(FsrsParameters.defaults().withDesiredRetention(retention));
            assertThat(model.intervalModifier()).as("retention " + retention).isCloseTo(e.getValue().asDouble(), within(1e-8));
        });
    }

    @Test
    void initialStabilityAndDifficulty() {
        for (Rating g : Rating.values()) {
            String name = g.name().charAt(0) + g.name().substring(1).toLowerCase();
            assertThat(MODEL.initStability(g)).isEqualTo(unit("init_stability").get(name).asDouble());
            assertThat(MODEL.initDifficulty(g)).isCloseTo(unit("init_difficulty_unclamped").get(name).asDouble(), within(ABSOLUTE));
            assertThat(MODEL.next(null, 0, g).difficulty())
                    .isCloseTo(unit("init_difficulty_clamped").get(name).asDouble(), within(ABSOLUTE));
        }
    }

    @Test
    void forgettingCurve() {
        for (JsonNode v : unit("forgetting_curve")) {
            assertThat(MODEL.retrievability(v.get("t").asDouble(), v.get("s").asDouble())).as(v.toString())
                    .isCloseTo(v.get("r").asDouble(), within(ABSOLUTE));
        }
    }

    @Test
    void nextInterval() {
        for (JsonNode v : unit("next_interval")) {
            MemoryModel model = new MemoryModel(FsrsParameters.defaults()
                    .withDesiredRetention(v.get("request_retention").asDouble())
                    .withMaximumInterval(v.get("maximum_interval").asInt()));
            assertThat(model.interval(v.get("s").asDouble())).as(v.toString()).isEqualTo(v.get("interval").asInt());
        }
    }

    @Test
    void nextDifficulty() {
        for (JsonNode v : unit("next_difficulty")) {
            assertThat(MODEL.nextDifficulty(v.get("d").asDouble(), Rating.of(v.get("g").asInt()))).as(v.toString())
                    .isCloseTo(v.get("next_d").asDouble(), within(ABSOLUTE));
        }
    }

    @Test
    void recallForgetAndShortTermStability() {
        for (JsonNode v : unit("next_recall_stability")) {
            double s = MODEL.recallStability(v.get("d").asDouble(), v.get("s").asDouble(), v.get("r").asDouble(),
                    Rating.of(v.get("g").asInt()));
            assertThat(s).as(v.toString()).isCloseTo(v.get("next_s").asDouble(), withinPercentage(STABILITY_PERCENT));
        }
        for (JsonNode v : unit("next_forget_stability")) {
            double d = v.get("d").asDouble();
            double s = v.get("s").asDouble();
            double r = v.get("r").asDouble();
            assertThat(MODEL.forgetStability(d, s, r)).as(v.toString())
                    .isCloseTo(v.get("long_term_only").asDouble(), withinPercentage(STABILITY_PERCENT));
            assertThat(MODEL.lapseStability(d, s, r)).as(v.toString())
                    .isCloseTo(v.get("with_short_term_cap").asDouble(), withinPercentage(STABILITY_PERCENT));
        }
        for (JsonNode v : unit("next_short_term_stability")) {
            assertThat(MODEL.shortTermStability(v.get("s").asDouble(), Rating.of(v.get("g").asInt()))).as(v.toString())
                    .isCloseTo(v.get("next_s").asDouble(), withinPercentage(STABILITY_PERCENT));
        }
    }

    @Test
    void nextStateChains() {
        for (JsonNode chain : unit("next_state_chains")) {
            MemoryModel model = new MemoryModel(FsrsParameters.defaults().withShortTerm(chain.get("enable_short_term").asBoolean()));
            MemoryState memory = null;
            for (JsonNode link : chain.get("chain")) {
                memory = model.next(memory, link.get("delta_t").asLong(), Rating.of(link.get("rating").asInt()));
                assertThat(memory.stability()).as(link.toString())
                        .isCloseTo(link.get("stability").asDouble(), withinPercentage(STABILITY_PERCENT));
                assertThat(memory.difficulty()).as(link.toString())
                        .isCloseTo(link.get("difficulty").asDouble(), within(ABSOLUTE));
            }
        }
    }

    @Test
    void fuzzRange() {
        for (JsonNode v : unit("fuzz_range")) {
            Fuzz.Range range = Fuzz.range(v.get("interval").asDouble(), v.get("elapsed_days").asLong(),
                    v.get("maximum_interval").asInt());
            assertThat(range).as(v.toString()).isEqualTo(new Fuzz.Range(v.get("min_ivl").asInt(), v.get("max_ivl").asInt()));
        }
    }
}
