package viva.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fish script, from the same command tree as the bash one (picocli has no fish generator): the
 * template viva.fish for the helper functions, and one 'complete' line per command, option and positional.
 */
final class FishScript {
    private FishScript() {
    }

    static String of(CommandTree tree) {
        List<String> lines = new ArrayList<>();
        for (CommandTree.Command c : tree.commands()) {
            lines.add("");
            lines.add("# " + (c.path().isEmpty() ? "viva" : "viva " + c.path()));
            for (CommandTree.Command child : tree.children(c)) {
                lines.add("complete -c viva -n " + at(c.path()) + " -a " + quote(child.name()) + " -d " + quote(Summary.of(child.about())));
            }
            c.options().forEach(o -> lines.add(option(c.path(), o)));
            c.positionals().forEach(p -> positional(c.path(), p).ifPresent(lines::add));
        }
        return Template.fill("viva.fish", Map.of(
                "command-paths", String.join(" ", tree.paths().stream().map(FishScript::quote).toList()),
                "valued-options", String.join(" ", tree.optionsWithValues().stream().map(FishScript::quote).toList()),
                "complete-command", Candidates.COMMAND,
                "commands", String.join("\n", lines)));
    }

    private static String option(String path, CommandTree.Option o) {
        StringBuilder line = new StringBuilder("complete -c viva -n " + at(path));
        for (String name : o.names()) {
            if (name.startsWith("--")) {
                line.append(" -l ").append(name.substring(2));
            } else {
                line.append(" -s ").append(name.substring(1));
            }
        }
        if (o.takesValue()) {
            line.append(values(o.values(), true));
        }
        String about = Summary.of(o.about());
        if (!about.isEmpty()) {
            line.append(" -d ").append(quote(about));
        }
        return line.toString();
    }

    private static Optional<String> positional(String path, CommandTree.Positional p) {
        String values = values(p.values(), false);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("complete -c viva -n " + at(path) + values);
    }

    /** What follows an option or fills a positional: bank values, fixed words, files, or anything typed (-x). */
    private static String values(Values values, boolean ofOption) {
        if (values instanceof Values.FromBanks banks) {
            String files = banks.kind() == Kind.BANKS ? " -r -F" : " -x";
            return files + " -a " + quote("(__viva_dynamic " + banks.kind().word() + ")");
        }
        if (values instanceof Values.Words words) {
            return " -x -a " + quote(String.join(" ", words.words()));
        }
        if (values instanceof Values.Files) {
            return " -r -F";
        }
        return ofOption ? " -x" : "";
    }

    private static String at(String path) {
        return quote("__viva_at " + path);
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
