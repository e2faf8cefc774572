package viva.cli;

import picocli.CommandLine.Option;
import viva.bank.Lang;


/** --lang, defaulting to the locale: Chinese when LC_ALL, LC_MESSAGES or LANG starts with zh. */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG", completionCandidates = Words.Languages.class,
            description = "Language of the questions: ${COMPLETION-CANDIDATES} (default: 'lang' in the configuration, else the locale).")
    Lang lang;

    public Lang resolve(Context context) {
        return lang == null ? Lang.fromEnvironment(context.env()) : lang;
    }
}
