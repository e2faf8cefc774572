package viva.completion;

import picocli.CommandLine;

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

    public String of(CommandLine root) {
        return switch (this) {
            case bash -> BashScript.of(root);
            // picocli's script runs under zsh through bashcompinit; only the first lines differ.
            case zsh -> "#compdef viva\n" + BashScript.of(root);
            case fish -> FishScript.of(root);
        };
    }
}
