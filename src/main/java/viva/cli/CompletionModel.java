package viva.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import viva.completion.CommandTree;
import viva.completion.Values;

import java.io.File;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * picocli's command model as the completion scripts need it: the plain {@link CommandTree} that
 * viva.completion works on, so that picocli stays in cli. What a value completes to comes from its
 * {@link Completes} annotation, its type or picocli's candidates, never from its label.
 */
final class CompletionModel {
    private CompletionModel() {
    }

    static CommandTree read(CommandLine root) {
        List<CommandTree.Command> commands = new ArrayList<>();
        walk(root, "", commands);
        return new CommandTree(commands, AutoComplete.bash("viva", root));
    }

    private static void walk(CommandLine cl, String path, List<CommandTree.Command> all) {
        CommandSpec spec = cl.getCommandSpec();
        all.add(new CommandTree.Command(path, about(spec),
                spec.options().stream().filter(o -> !o.hidden()).map(CompletionModel::option).toList(),
                spec.positionalParameters().stream().filter(p -> !p.hidden()).map(CompletionModel::positional).toList()));
        for (var entry : cl.getSubcommands().entrySet()) {
            CommandLine sub = entry.getValue();
            // picocli lists aliases as extra entries; the command's own name is the one to complete.
            if (sub.getCommandSpec().usageMessage().hidden() || !entry.getKey().equals(sub.getCommandName())) {
                continue;
            }
            walk(sub, path.isEmpty() ? entry.getKey() : path + " " + entry.getKey(), all);
        }
    }

    private static CommandTree.Option option(OptionSpec o) {
        return new CommandTree.Option(List.of(o.names()), o.arity().max() > 0, about(o), values(o));
    }

    private static CommandTree.Positional positional(PositionalParamSpec p) {
        CommandLine.Range index = p.index();
        return new CommandTree.Positional(index.min(), index.isUnspecified() || index.max() == Integer.MAX_VALUE, values(p));
    }

    /** Bank values, the commands 'help' takes, fixed words, files, or whatever is typed. */
    static Values values(ArgSpec arg) {
        if (arg.userObject() instanceof AnnotatedElement element && element.isAnnotationPresent(Completes.class)) {
            return new Values.FromBanks(element.getAnnotation(Completes.class).value());
        }
        if (arg.command().userObject() instanceof HelpCommand) {
            return new Values.Words(arg.command().parent().subcommands().entrySet().stream()
                    .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList());
        }
        List<String> fixed = candidates(arg);
        if (!fixed.isEmpty()) {
            return new Values.Words(fixed);
        }
        return takesPath(arg) ? new Values.Files() : new Values.Typed();
    }

    /** The fixed values picocli knows for an argument (an enum's constants), or none. */
    private static List<String> candidates(ArgSpec arg) {
        Iterable<String> values = arg.completionCandidates();
        return values == null ? List.of() : StreamSupport.stream(values.spliterator(), false).toList();
    }

    private static boolean takesPath(ArgSpec arg) {
        Class<?> type = arg.type();
        return isPath(type) || (Collection.class.isAssignableFrom(type) && arg.auxiliaryTypes().length > 0 && isPath(arg.auxiliaryTypes()[0]));
    }

    private static boolean isPath(Class<?> type) {
        return type == Path.class || type == File.class;
    }

    /** The description with picocli's variables filled in, as help would show them. */
    private static String about(ArgSpec arg) {
        return String.join(" ", arg.description())
                .replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates(arg)))
                .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()));
    }

    /** A command's header if it has one (picocli's help command does), else its description. */
    private static String about(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return String.join(" ", header.length > 0 ? header : spec.usageMessage().description());
    }
}
