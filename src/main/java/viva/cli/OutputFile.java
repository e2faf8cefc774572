package viva.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Where an export goes: standard output, or -o FILE under the one rule for existing files (see {@link Output}). */
final class OutputFile {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    void write(PrintWriter out, String text) throws IOException {
        Output.write(out, output, force, text);
    }
}
