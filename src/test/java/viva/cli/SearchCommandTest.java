package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a question by its words, as an Anki user would in the browser. */
class SearchCommandTest {
    @TempDir
    Path home;

    private List<String> ids(String... args) {
        Cli.Result r = new Cli(home).run(Stream.concat(Stream.of("search", "--format", "ids"),
                Arrays.stream(args)).toArray(String[]::new));
        assertThat(r.exit()).as("%s", r).isZero();
        return r.out().lines().toList();
    }

    @Test
    void theQuestionWithMoreOfTheWordsComesFirst() {
        // Every word of the query is in the first one's prompt; others have only some of them.
        assertThat(ids("auxiliary-loss-free", "load", "balancing").get(0)).isEqualTo("moe-aux-loss-free-balancing");
        assertThat(ids("merging", "LoRA", "adapters", "inference")).contains("fine-tuning-lora-merge-inference");
    }

    @Test
    void chineseWordsFindChineseText() {
        assertThat(ids("路由坍塌").get(0)).isEqualTo("moe-routing-collapse");
        assertThat(ids("路由坍塌", "-t", "attention")).doesNotContain("moe-routing-collapse");
    }

    @Test
    void anIdOrAPieceOfOneRanksFirst() {
        assertThat(ids("alignment-grpo").get(0)).isEqualTo("alignment-grpo");
        assertThat(ids("grpo", "-n", "3")).allMatch(id -> id.contains("grpo"));
    }

    @Test
    void theFiltersAndTheLimitApply() {
        assertThat(ids("cache", "-t", "inference", "-n", "2")).hasSize(2);
        assertThat(ids("cache", "-t", "inference", "--limit", "0").size()).isGreaterThan(2);
    }

    @Test
    void nothingFoundIsSaidOnStderr() {
        Cli.Result r = new Cli(home).run("search", "xyzzyq");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no question has the words 'xyzzyq'");
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        Cli.Result r = new Cli(home).run("search", "moe", "-n", "-1");
        assertThat(r.exit()).as("%s", r).isEqualTo(2);
        assertThat(r.err()).contains("--limit", "0 or more");
    }
}
