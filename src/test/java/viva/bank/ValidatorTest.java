package viva.bank;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One broken fixture per message under src/test/resources/invalid; expected.txt holds the exact
 * line the validator must print for each, as {@code file:line:col: message}.
 */
class ValidatorTest {
    private static final Path FIXTURES = Path.of("src/test/resources/invalid");

    @TestFactory
    Stream<DynamicTest> eachFixtureGetsItsOneLocatedProblem() throws Exception {
        return Files.readAllLines(FIXTURES.resolve("expected.txt")).stream().map(expected -> {
            String file = expected.substring(0, expected.indexOf(':'));
            return DynamicTest.dynamicTest(file, () -> {
                Source source = new Source(file, Files.readString(FIXTURES.resolve(file)));
                List<Problem> problems = Banks.check(List.of(source)).problems();
                assertThat(problems).hasSize(1);
                assertThat(problems.get(0).toString()).isEqualTo(expected);
            });
        });
    }

    @Test
    void everyFixtureHasAnExpectation() throws Exception {
        List<String> expected = Files.readAllLines(FIXTURES.resolve("expected.txt")).stream()
                .map(line -> line.substring(0, line.indexOf(':'))).toList();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void problemsInSeveralFilesAreAllReportedInFileAndLineOrder() throws Exception {
        Source a = new Source("a.yaml", Files.readString(FIXTURES.resolve("bad-year.yaml")).replace("time: 2m", "time: 2x"));
        Source b = new Source("b.yaml", Files.readString(FIXTURES.resolve("empty-tags.yaml")));
        List<String> problems = Banks.check(List.of(a, b)).problems().stream().map(Problem::toString).toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("a.yaml:5:11: time '2x'");
        assertThat(problems.get(1)).startsWith("a.yaml:8:15: year '21'");
        assertThat(problems.get(2)).startsWith("b.yaml:3:11: tags is empty");
    }

    @Test
    void aDuplicateIdAcrossFilesNamesWhereTheFirstOneIs() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/banks/sample.yaml"));
        List<Problem> problems = Banks.check(List.of(new Source("one.yaml", text), new Source("two.yaml", text))).problems();
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "two.yaml:3:5: duplicate id 'demo-lora-init'; first defined at one.yaml:3:5 (ids must be unique across all loaded banks)",
                "two.yaml:43:5: duplicate id 'demo-moe-collapse'; first defined at one.yaml:43:5 (ids must be unique across all loaded banks)");
    }
}
