package viva.completion;

import picocli.CommandLine.Model.ArgSpec;

import java.util.Map;
import java.util.Optional;

/**
 * The parameters whose values come from the loaded banks, found by their label in the command
 * model: every TAG, ID and BANK parameter completes from 'viva __complete', whatever command it is on.
 */
public final class Dynamic {
    /** The hidden command the scripts call. */
    public static final String COMMAND = "__complete";

    private static final Map<String, String> KINDS = Map.of("TAG", "tags", "ID", "ids", "BANK", "banks");

    private Dynamic() {
    }

    public static Optional<String> kind(ArgSpec arg) {
        return Optional.ofNullable(KINDS.get(arg.paramLabel()));
    }
}
