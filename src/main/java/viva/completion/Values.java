package viva.completion;

import java.util.List;
import java.util.Optional;

/** What a shell offers for an option's value or a positional. */
public sealed interface Values {
    /** Asked of the loaded banks on each Tab. */
    record FromBanks(Kind kind) implements Values {
    }

    /** A fixed list: an enum's constants, or the commands 'help' takes. */
    record Words(List<String> words) implements Values {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** File and folder names. */
    record Files() implements Values {
    }

    /** Whatever the user types: nothing to offer. */
    record Typed() implements Values {
    }

    default Optional<Kind> fromBanks() {
        return this instanceof FromBanks banks ? Optional.of(banks.kind()) : Optional.empty();
    }
}
