package viva.cli;

import picocli.CommandLine.Option;
import viva.bank.Lang;

import java.util.Locale;

/** --lang, defaulting to the locale: Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh. */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the questions: ${COMPLETION-CANDIDATES} (default: 'lang' in the configuration, else the locale).")
    Code lang;

    /** Lower-case constants so that picocli accepts, checks and completes them as users type them. */
    enum Code { zh, en }

    public Lang resolve(Context context) {
        return lang == null ? Lang.fromEnvironment(context.env()) : Lang.valueOf(lang.name().toUpperCase(Locale.ROOT));
    }
}
