package viva.cli;

import viva.bank.BankException;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Catalog;
import viva.bank.Source;
import viva.completion.Candidates;
import viva.text.Closest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The banks named on a command line: a path, or the name of a loaded bank ('moe' for the built-in moe.yaml). */
final class BankSelection {
    private BankSelection() {
    }

    static Catalog load(List<String> names, BankOptions banks, Context context) throws IOException, BankException {
        if (names.isEmpty()) {
            return banks.load(context);
        }
        List<Source> loaded = banks.sources(context);
        List<Source> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.addAll(Files.exists(Path.of(name)) ? BankFiles.read(Path.of(name)) : named(name, loaded));
        }
        return Banks.load(chosen, source -> false, BankOptions.cache(context)).catalog();
    }

    private static List<Source> named(String name, List<Source> loaded) {
        List<Source> matching = loaded.stream()
                .filter(s -> Candidates.bankName(s).equals(name) || s.name().equals(name)).toList();
        if (matching.isEmpty()) {
            List<String> known = loaded.stream().map(Candidates::bankName).toList();
            List<String> near = Closest.of(name, known, 5);
            throw new VivaException(ExitCode.USAGE, "no bank or file '" + name + "'; "
                    + (near.isEmpty() ? "the banks are: " + String.join(", ", known) : "closest: " + String.join(", ", near)));
        }
        return matching;
    }
}
