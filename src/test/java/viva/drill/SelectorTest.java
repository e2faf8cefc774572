package viva.drill;

import org.junit.jupiter.api.Test;
import viva.bank.Catalog;
import viva.bank.Difficulty;
import viva.bank.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectorTest {
    private final Catalog catalog = catalog();

    private static Catalog catalog() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Difficulty d = Difficulty.values()[i % 3];
            qs.add(i % 2 == 0 ? Questions.of("moe-" + i, d, "moe", "training") : Questions.of("bert-" + i, d, "bert"));
        }
        return new Catalog(qs);
    }

    private List<String> ids(List<Question> qs) {
        return qs.stream().map(Question::id).toList();
    }

    @Test
    void theSameSeedGivesTheSameQuestionsInTheSameOrder() throws Exception {
        List<String> first = ids(Selector.pick(catalog, Filter.ALL, 10, Order.RANDOM, 42));
        List<String> again = ids(Selector.pick(catalog, Filter.ALL, 10, Order.RANDOM, 42));
        List<String> other = ids(Selector.pick(catalog, Filter.ALL, 10, Order.RANDOM, 43));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).doesNotHaveDuplicates().hasSize(10);
        // Pinned, so that a change of shuffle (which would reshuffle everyone's seeded drills) is noticed.
        assertThat(first).startsWith("moe-22", "moe-10", "bert-11");
    }

    @Test
    void bankOrderKeepsTheFileOrder() throws Exception {
        assertThat(ids(Selector.pick(catalog, Filter.ALL, 3, Order.BANK, 1))).containsExactly("moe-0", "bert-1", "moe-2");
    }

    @Test
    void tagsMatchAnyOrAll() throws Exception {
        Filter any = new Filter(List.of("bert", "training"), false, List.of(), Set.of());
        Filter all = new Filter(List.of("moe", "training"), true, List.of(), Set.of());
        Filter none = new Filter(List.of("bert", "training"), true, List.of(), Set.of());
        assertThat(Selector.matching(catalog, any)).hasSize(30);
        assertThat(Selector.matching(catalog, all)).hasSize(15).allSatisfy(q -> assertThat(q.id()).startsWith("moe"));
        assertThat(Selector.matching(catalog, none)).isEmpty();
    }

    @Test
    void excludeAndDifficultyNarrowTheSet() throws Exception {
        Filter f = new Filter(List.of(), false, List.of("moe"), Set.of(Difficulty.HARD));
        assertThat(Selector.matching(catalog, f)).extracting(Question::id).containsExactly("bert-5", "bert-11", "bert-17", "bert-23", "bert-29");
    }

    @Test
    void countIsCappedByWhatMatches() throws Exception {
        Filter bert = new Filter(List.of("bert"), false, List.of(), Set.of());
        assertThat(Selector.pick(catalog, bert, 100, Order.RANDOM, 5)).hasSize(15);
    }

    @Test
    void anUnknownTagNamesTheClosestOnes() {
        Filter typo = new Filter(List.of("mo"), false, List.of(), Set.of());
        assertThatThrownBy(() -> Selector.matching(catalog, typo)).isInstanceOf(UnknownTagException.class)
                .hasMessage("unknown tag 'mo'; closest: moe (all: viva tags)");
        Filter excluded = new Filter(List.of(), false, List.of("trainig"), Set.of());
        assertThatThrownBy(() -> Selector.matching(catalog, excluded)).hasMessageContaining("closest: training");
    }
}
