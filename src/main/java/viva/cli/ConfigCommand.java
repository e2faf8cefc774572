package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.bank.Lang;
import viva.config.Config;
import viva.config.ConfigException;
import viva.config.Configs;
import viva.config.Key;
import viva.config.Origin;
import viva.config.Setting;
import viva.config.Template;
import viva.text.Columns;
import viva.term.Palette;
import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;
import viva.text.Visible;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "config", sortOptions = false,
        description = {"Show each effective setting and where it came from: default, file, environment or flag.",
                "Settings live in the file VIVA_CONFIG names, else in $XDG_CONFIG_HOME/viva/config.yaml "
                        + "(usually ~/.config/viva/config.yaml). VIVA_LANG, VIVA_COUNT, ... override the file, "
                        + "and flags override both: give drill's flags to see their effect."},
        footer = {"", "Examples:", "  viva config", "  viva config --init && $EDITOR \"$(viva config --path)\"",
                "  VIVA_COUNT=5 viva config --lang zh"})
final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--path", description = "Print only the configuration file's path.")
    boolean path;

    @Option(names = "--init", description = "Write a configuration file with every setting commented out, if there is none.")
    boolean init;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "As for drill: how many questions.")
    Integer count;

    @Option(names = "--time-scale", paramLabel = "X", description = "As for drill: multiply every time budget.")
    Double timeScale;

    @Option(names = "--bank", paramLabel = "PATH", description = "As for drill: also load this bank file or folder.")
    List<Path> banks = new ArrayList<>();

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws Exception {
        if (count != null) {
            Options.count(spec, count);
        }
        if (timeScale != null) {
            Options.timeScale(spec, timeScale);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = Configs.file(root.context.env());
        if (path) {
            out.println(Visible.of(file.toString()));
        } else if (init) {
            return init(out, file);
        } else {
            return show(out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private int init(PrintWriter out, Path file) throws IOException {
        if (Files.exists(file)) {
            throw new VivaException(ExitCode.DATA, file + " already exists; edit it, or remove it first");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Template.text(), StandardCharsets.UTF_8);
        out.println(Visible.of("wrote " + file + "; uncomment a line to change a setting"));
        out.flush();
        return ExitCode.OK.code();
    }

    private int show(PrintWriter out) {
        Config settings;
        try {
            // The run's one reading of the file (begun at start-up), not a second one.
            settings = root.settings();
        } catch (ConfigException broken) {
            broken.problems().forEach(p -> out.println(Visible.of(p)));
            out.println(broken.problems().size() + (broken.problems().size() == 1 ? " problem" : " problems")
                    + " in the configuration");
            out.flush();
            return ExitCode.DATA.code();
        }
        Config config = withFlags(settings);
        Palette palette = Palette.of(root.colour());
        out.println(palette.printed(StyledLine.of(new Span("file: ", Style.TITLE), Span.plain(Visible.of(config.file().toString())),
                new Span(config.fileFound() ? "" : " (not found; 'viva config --init' writes one)", Style.DIM))));
        out.println();
        table(out, config.all(), palette);
        out.flush();
        return ExitCode.OK.code();
    }

    /** The root's --color is already in {@code config}; these are the drill flags given here. */
    private Config withFlags(Config config) {
        // --lang may hold the configured language (see ConfigDefaults); only a typed one is a flag.
        Lang typed = spec.commandLine().getParseResult().hasMatchedOption("--lang") ? lang.resolve(root.context) : null;
        Config flagged = config.withFlag(Key.LANG, typed, "--lang").withFlag(Key.COUNT, count, "--count")
                .withFlag(Key.TIME_SCALE, timeScale, "--time-scale");
        if (banks.isEmpty()) {
            return flagged;
        }
        // --bank adds to the configured banks, so both layers show.
        List<Path> all = new ArrayList<>(config.banks());
        all.addAll(banks);
        Setting before = config.get(Key.BANKS);
        String where = before.origin() == Origin.DEFAULT ? "--bank" : "--bank, added to " + before.origin().label();
        return flagged.withFlag(Key.BANKS, all, where);
    }

    /** A value comes from the file, the environment or a flag, and may hold anything: it is shown as {@link Visible}. */
    private static void table(PrintWriter out, List<Setting> settings, Palette palette) {
        int keyWidth = settings.stream().mapToInt(s -> s.key().yamlName().length()).max().orElse(3);
        int valueWidth = Math.max(5, settings.stream().mapToInt(s -> Columns.width(Visible.of(s.shown()))).max().orElse(5));
        out.println(palette.printed(StyledLine.of(new Span(
                Columns.pad("SETTING", keyWidth) + "  " + Columns.pad("VALUE", valueWidth) + "  FROM", Style.TITLE))));
        for (Setting s : settings) {
            String from = Visible.of(s.origin().label() + (s.where().isEmpty() ? "" : " (" + s.where() + ")"));
            out.println(palette.printed(StyledLine.of(
                    Span.plain(Columns.pad(s.key().yamlName(), keyWidth) + "  " + Columns.pad(Visible.of(s.shown()), valueWidth) + "  "),
                    new Span(from, s.origin() == Origin.DEFAULT ? Style.DIM : Style.GOOD))));
        }
    }
}
