package viva.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bash (and zsh) script: picocli's AutoComplete script for everything static, and a thin layer
 * on top for the values only the banks know (the template viva.bash). picocli's own function stays
 * untouched; ours runs first and hands over whenever the word is not a tag, an id or a bank.
 */
final class BashScript {
    private static final String PICOCLI_REGISTRATION = "complete -F _complete_viva -o default viva viva.sh viva.bash";

    private BashScript() {
    }

    static String of(CommandTree tree) {
        String picocli = tree.picocliBash();
        if (!picocli.contains(PICOCLI_REGISTRATION)) {
            throw new IllegalStateException("picocli's completion script changed shape; update BashScript");
        }
        List<String> tagOptions = List.copyOf(tree.tagOptions());
        String valued = String.join("|", tree.optionsWithValues());
        return Template.fill("viva.bash", Map.of(
                "picocli-script", picocli.replace(PICOCLI_REGISTRATION, "").stripTrailing(),
                "complete-command", Candidates.COMMAND,
                "tag-options", String.join("|", tagOptions),
                // only a long name carries its value in the same word, as zsh keeps it: --tag=mo
                "tag-options-with-equals", String.join("|", tagOptions.stream().filter(o -> o.startsWith("--")).map(o -> o + "=*").toList()),
                "valued-options", valued,
                "command-paths", "|" + String.join("|", tree.paths()) + "|",
                "positional-cases", positionalCases(tree)));
    }

    /** "show:0" for the first positional of show, "export anki:"* for every positional of a list. */
    private static String positionalCases(CommandTree tree) {
        List<String> cases = new ArrayList<>();
        for (CommandTree.Command c : tree.commands()) {
            for (CommandTree.Positional p : c.positionals()) {
                p.values().fromBanks().ifPresent(kind -> {
                    String pattern = p.onwards() ? "\"" + c.path() + ":\"*" : "\"" + c.path() + ":" + p.index() + "\"";
                    cases.add(pattern + ") echo " + kind.word() + " ;;");
                });
            }
        }
        return String.join("\n", cases);
    }
}
