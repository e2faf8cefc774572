package viva.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import viva.text.Columns;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help is written for picocli to wrap: each entry of a description is a whole paragraph (so it ends a
 * sentence), and each indented line of a footer (examples, install lines) is short enough that 80 columns never wrap it.
 */
class HelpTextTest {
    @Test
    void everyDescriptionEntryIsAWholeParagraph() {
        List<String> entries = new ArrayList<>();
        for (CommandSpec spec : commands()) {
            if (spec.name().equals("help")) {
                continue; // picocli's own
            }
            List.of(spec.usageMessage().description()).forEach(d -> entries.add(spec.qualifiedName() + ": " + d));
            for (ArgSpec arg : spec.args()) {
                // a value list filled in by picocli ("${COMPLETION-CANDIDATES}") is not prose
                List.of(arg.description()).stream().filter(d -> !d.matches("[a-z-]+(, [a-z-]+)+"))
                        .forEach(d -> entries.add(spec.qualifiedName() + " " + arg.paramLabel() + ": " + d));
            }
        }
        assertThat(entries).hasSizeGreaterThan(100).allSatisfy(e -> assertThat(e).as(e).matches("(?s).*[.?!)]$"));
    }

    @Test
    void everyFooterLineFitsEightyColumns() {
        for (CommandSpec spec : commands()) {
            // Indented lines are examples and commands, which picocli would break anywhere; the others are prose.
            for (String line : List.of(spec.usageMessage().footer()).stream().filter(l -> l.startsWith("  ")).toList()) {
                assertThat(Columns.width(line)).as("%s: %s", spec.qualifiedName(), line).isLessThanOrEqualTo(80);
            }
        }
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        collect(Main.commandLine(new Context(Map.of(), new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), false)), all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandSpec> all) {
        all.add(cl.getCommandSpec());
        new LinkedHashSet<>(cl.getSubcommands().values()).forEach(sub -> collect(sub, all));
    }
}
