package viva.completion;

import java.util.Map;

/** The completion script for each shell, and the file it is checked in as under completions/. */
public enum Scripts {
    bash("viva.bash"), zsh("viva.zsh"), fish("viva.fish");

    private final String file;

    Scripts(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public String of(CommandTree tree) {
        return switch (this) {
            case bash -> BashScript.of(tree);
            // picocli's script runs under zsh through bashcompinit; only the first line differs.
            case zsh -> Template.fill("viva.zsh", Map.of("bash-script", BashScript.of(tree)));
            case fish -> FishScript.of(tree);
        };
    }
}
