package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import viva.text.Messages;
import viva.config.ColorChoice;
import viva.config.Config;
import viva.config.ConfigException;
import viva.config.Configs;
import viva.config.Key;
import viva.threads.Background;

import java.util.concurrent.CompletableFuture;


/**
 * The top command: the flags every subcommand shares, and the settings of this run, read once. The
 * subcommands are listed in {@link Commands}; errors become exit statuses in {@link Errors}.
 */
@Command(name = "viva", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Drill interview questions in a terminal: timed answers, model solutions, self-ratings.")
public final class RootCommand {
    final Context context;
    /** The configuration file and environment, read the first time a command needs them and kept for the run. */
    private Config loaded;
    private ConfigException broken;
    private final CompletableFuture<Config> reading;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", completionCandidates = Words.Colours.class,
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: auto, or 'color' in the configuration; "
                    + "NO_COLOR turns auto off).")
    ColorChoice color;

    RootCommand(Context context) {
        this(context, null);
    }

    /** With the settings already being read on another thread (see Main.startEarly), or null to read them here. */
    RootCommand(Context context, CompletableFuture<Config> reading) {
        this.context = context;
        this.reading = reading;
    }

    /**
     * Colour only for a person at a terminal, unless asked for. The flag beats VIVA_COLOR, which beats
     * the file; NO_COLOR (set and not empty, per no-color.org) only turns 'auto' off, so an explicit choice still wins.
     */
    boolean colour() {
        return switch (settings().color()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> context.interactive() && context.env().getOrDefault("NO_COLOR", "").isEmpty();
        };
    }

    /** What viva says, in the language of the settings (lang, VIVA_LANG, else the locale), for commands without --lang. */
    Messages words() {
        return Messages.of(settings().lang().code());
    }

    /** The configuration with the root's own flag applied. */
    Config settings() {
        return fileSettings().withFlag(Key.COLOR, color, "--color");
    }

    /** The configuration as the file and the environment give it, before any flag; read once a run. */
    synchronized Config fileSettings() {
        if (loaded == null && broken == null) {
            try {
                loaded = reading == null ? Configs.load(context.env()) : Background.await(reading);
            } catch (ConfigException e) {
                broken = e;
            } catch (Exception e) {
                throw new IllegalStateException("reading the configuration failed: " + e.getMessage(), e);
            }
        }
        if (broken != null) {
            throw broken;
        }
        return loaded;
    }
}
