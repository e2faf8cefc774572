package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import viva.bank.Catalog;
import viva.bank.Question;
import viva.text.Closest;

import java.util.List;
import java.util.stream.Stream;

/** Finds a question by the id a person typed, or says which ids are closest. */
final class QuestionIds {
    private QuestionIds() {
    }

    /**
     * The questions named on the command line, each once, in the order given. Options that choose questions
     * another way would contradict them: any of {@code conflicting} that was given is a usage error that names it
     * ({@code what} is what the ids choose: "the drill", "the questions").
     */
    static List<Question> chosen(CommandSpec spec, Catalog catalog, List<String> ids, String what, String... conflicting) {
        List<String> given = Stream.of(conflicting).filter(spec.commandLine().getParseResult()::hasMatchedOption).toList();
        if (!given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "question ids choose " + what + " themselves; drop "
                    + String.join(", ", given) + " or the ids");
        }
        return ids.stream().distinct().map(id -> find(catalog, id)).toList();
    }

    static Question find(Catalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> {
            List<String> closest = Closest.of(id, catalog.ids(), 5);
            return new VivaException(ExitCode.USAGE, "no question with id '" + id + "'"
                    + (closest.isEmpty() ? "; see 'viva list --format ids'" : "; closest: " + String.join(", ", closest)));
        });
    }
}
