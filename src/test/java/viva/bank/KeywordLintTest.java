package viva.bank;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each weak-keyword rule, as a located warning on a small bank written to trip it. */
class KeywordLintTest {
    private static List<String> warnings(List<Source> sources) {
        return KeywordLint.of(sources, Banks.check(sources).questions()).stream().map(Problem::toString).toList();
    }

    @Test
    void eachWeakKeywordIsWarnedAboutWhereItIsWritten() throws Exception {
        Path file = Path.of("src/test/resources/lint/weak-keywords.yaml");
        List<String> w = warnings(List.of(new Source(file.toString(), Files.readString(file))));
        String at = file + ":";
        assertThat(w).anySatisfy(s -> assertThat(s).startsWith(at + "13:22: warning: en keyword 'KL' is 3 characters or fewer"));
        assertThat(w).anySatisfy(s -> assertThat(s).startsWith(at + "15:22: warning: en keyword '0.2' is a bare number"));
        assertThat(w).anySatisfy(s -> assertThat(s).startsWith(at + "17:22: warning: en keyword 'collapse' occurs in the question's prompt"));
        assertThat(w).anySatisfy(s -> assertThat(s).startsWith(at + "19:22: warning: en keyword 'C(K' has unbalanced brackets"));
        assertThat(w).anySatisfy(s -> assertThat(s).startsWith(at + "20:17: warning: en key point 'a point whose keywords miss its own words'"
                + " is not matched by any of its own keywords"));
        assertThat(w).allSatisfy(s -> assertThat(s).doesNotContain("zh keyword"));
    }

    @Test
    void aKeywordThatFiresOnAQuarterOfTheOtherAnswersIsTooCommon() {
        List<Source> sources = new ArrayList<>();
        StringBuilder yaml = new StringBuilder("questions:\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("""
                      - id: q-%d
                        tags: [moe]
                        difficulty: easy
                        time: 1m
                        en:
                          prompt: Question number %d?
                          answer: Scale the gradient norm, then answer part %d specifically.
                          points:
                            - text: gradient norm scaling
                              keywords: [gradient norm, part %d specifically]
                          hints: [a hint]
                        zh:
                          prompt: 第 %d 个问题?
                          answer: 缩放梯度范数。
                          points:
                            - text: 梯度范数
                              keywords: [梯度范数]
                          hints: [提示]
                    """.formatted(i, i, i, i, i));
        }
        sources.add(new Source("common.yaml", yaml.toString()));
        List<String> w = warnings(sources);
        assertThat(w).anySatisfy(s -> assertThat(s).contains("en keyword 'gradient norm' occurs in 9 of 9 other model answers"));
        assertThat(w).noneSatisfy(s -> assertThat(s).contains("'part 0 specifically' occurs in"));
    }
}
