package viva.completion;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {
    private static final String TEMPLATE = "template-test.txt";

    @Test
    void fillsInlinePlaceholdersAndIndentsBlocksAsTheirPlaceholder() {
        assertThat(Template.fill(TEMPLATE, Map.of("greeting", "hello", "name", "$1 \\n", "block", "a\nb")))
                .isEqualTo("# hello, $1 \\n\n  a\n  b\na\nb\nend\n");
        assertThat(Template.fill(TEMPLATE, Map.of("greeting", "hi", "name", "x", "block", "")))
                .as("an empty block takes no lines").isEqualTo("# hi, x\nend\n");
    }

    @Test
    void failsWhenTemplateAndValuesDisagree() {
        assertThatThrownBy(() -> Template.fill(TEMPLATE, Map.of("greeting", "hi", "block", "")))
                .hasMessageContaining("nothing fills {{name}}");
        assertThatThrownBy(() -> Template.fill(TEMPLATE, Map.of("greeting", "hi", "name", "x", "block", "", "extra", "y")))
                .hasMessageContaining("no place for [extra]");
        assertThatThrownBy(() -> Template.fill(TEMPLATE, Map.of("greeting", "hi\nthere", "name", "x", "block", "")))
                .hasMessageContaining("{{greeting}} is inside a line");
    }

    @Test
    void eachShellHasItsTemplate() {
        for (Scripts shell : Scripts.values()) {
            assertThat(Template.class.getResource(shell.file())).as(shell.file()).isNotNull();
        }
    }
}
