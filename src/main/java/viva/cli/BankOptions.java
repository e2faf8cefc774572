package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import viva.bank.BankCache;
import viva.bank.BankException;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Catalog;
import viva.bank.Source;
import viva.config.Config;
import viva.config.Configs;
import viva.config.DataDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Which banks to load: the built-in ones, the user's bank folder, the configured 'banks', and any --bank given. */
public final class BankOptions {
    @Option(names = "--bank", paramLabel = "PATH",
            description = "Also load this bank file or folder (repeatable).")
    List<Path> banks = new ArrayList<>();

    @Option(names = "--no-builtin", description = "Leave out the built-in banks (your bank folder and --bank still load).")
    boolean noBuiltin;

    /** The command this is part of, for its error stream; null when made by hand (completion, which prints no warnings). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The sources read from the user's bank folder: loaded on every run, so a broken one is skipped, not fatal. */
    private final Set<Source> fromFolder = Collections.newSetFromMap(new IdentityHashMap<>());

    public List<Source> sources(Context context) throws IOException {
        List<Source> sources = new ArrayList<>();
        if (!noBuiltin) {
            sources.addAll(BankFiles.builtin());
        }
        List<Source> folder = BankFiles.readIfPresent(DataDir.banks(context.env()));
        fromFolder.addAll(folder);
        sources.addAll(folder);
        // --bank adds to the configured banks rather than replacing them, as its help has always said.
        for (Path bank : settings(context).banks()) {
            sources.addAll(BankFiles.read(bank));
        }
        for (Path bank : banks) {
            sources.addAll(BankFiles.read(bank));
        }
        return sources;
    }

    /**
     * Every bank, or a {@link BankException} for the first problem; except that a broken file in the user's
     * bank folder is left out with one warning line, so that the rest (built-in banks included) still load.
     */
    public Catalog load(Context context) throws IOException, BankException {
        Banks.Loaded loaded = Banks.load(sources(context), fromFolder::contains, cache(context));
        PrintWriter err = err();
        if (err != null) {
            for (Banks.Skipped skipped : loaded.skipped()) {
                err.println("viva: warning: " + skipped + "; skipped this file of your bank folder (see 'viva validate')");
            }
            err.flush();
        }
        return loaded.catalog();
    }

    /** The parsed user banks kept between runs; every command that loads banks reads through it. */
    static BankCache cache(Context context) {
        return BankCache.in(DataDir.cache(context.env()).resolve("parsed-banks"));
    }

    /** The run's settings, read once by the root; a BankOptions made by hand (completion) reads its own. */
    private Config settings(Context context) {
        if (command != null && command.root().userObject() instanceof RootCommand root) {
            return root.fileSettings();
        }
        return Configs.load(context.env());
    }

    private PrintWriter err() {
        for (CommandSpec spec = command; spec != null; spec = spec.parent()) {
            if (spec.commandLine() != null) {
                return spec.commandLine().getErr();
            }
        }
        return null;
    }
}
