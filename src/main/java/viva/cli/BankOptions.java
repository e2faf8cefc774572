package viva.cli;

import picocli.CommandLine.Option;
import viva.bank.BankException;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Catalog;
import viva.bank.Source;
import viva.config.Configs;
import viva.store.DataDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which banks to load: the built-in ones, the user's bank folder, the configured 'banks', and any --bank given. */
public final class BankOptions {
    @Option(names = "--bank", paramLabel = "PATH",
            description = "Also load this bank file or folder (repeatable).")
    List<Path> banks = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Leave out the built-in banks (your bank folder and --bank still load).")
    boolean noBuiltin;

    public List<Source> sources(Context context) throws IOException {
        List<Source> sources = new ArrayList<>();
        if (!noBuiltin) {
            sources.addAll(BankFiles.builtin());
        }
        sources.addAll(BankFiles.readIfPresent(DataDir.banks(context.env())));
        // --bank adds to the configured banks rather than replacing them, as its help has always said.
        for (Path bank : Configs.load(context.env()).banks()) {
            sources.addAll(BankFiles.read(bank));
        }
        for (Path bank : banks) {
            sources.addAll(BankFiles.read(bank));
        }
        return sources;
    }

    public Catalog load(Context context) throws IOException, BankException {
        return Banks.load(sources(context));
    }
}
