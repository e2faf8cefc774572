package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.completion.Scripts;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "completion", description = {"Print the Tab-completion script for bash, zsh or fish.",
        "Tags, question ids and bank names complete from the banks viva would load."},
        footer = {"", "Install:",
                "  bash: viva completion bash > ~/.local/share/bash-completion/completions/viva",
                "  zsh:  echo 'source <(viva completion zsh)' >> ~/.zshrc     (after compinit)",
                "  fish: viva completion fish > ~/.config/fish/completions/viva.fish",
                "", "The same scripts are in completions/ of the source tree and the release zip."})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Scripts shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(shell.of(CompletionModel.read(spec.root().commandLine())));
        out.flush();
        return ExitCode.OK.code();
    }
}
