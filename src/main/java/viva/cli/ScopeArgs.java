package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import viva.bank.BankException;
import viva.bank.Catalog;
import viva.drill.UnknownTagException;
import viva.report.ReportScope;
import viva.practice.History;
import viva.text.Closest;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The filters history, stats and report share, as typed on the command line, turned into the scope a
 * report is made for; a session is checked against the history.
 * A session that is not there is a usage error; --since is read
 * by picocli ({@link Since.Converter}). A tag or question id must be one the loaded banks or the history
 * know: a slip is a usage error with the closest names, as in 'viva drill', not an empty table.
 */
record ScopeArgs(List<String> tags, Optional<String> question, Optional<Since> since, Optional<String> session) {
    public ScopeArgs {
        // Tags are kebab-case in every bank, so '-t MoE' can only mean moe.
        tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** The banks, loaded only when a tag or an id needs checking; empty when they do not load. */
    @FunctionalInterface
    interface KnownBanks {
        Optional<Catalog> load() throws IOException, BankException;
    }

    public ReportScope resolve(CommandSpec spec, History history, KnownBanks banks, Instant now, ZoneId zone)
            throws IOException, BankException, UnknownTagException {
        check(history, banks);
        ReportScope scope = ReportScope.ALL.withTags(tags);
        if (question.isPresent()) {
            scope = scope.withQuestion(question.get());
        }
        if (since.isPresent()) {
            scope = scope.withSince(since.get().from(now, zone));
        }
        if (session.isPresent()) {
            scope = scope.withSession(session(spec, history, session.get()));
        }
        return scope;
    }

    /**
     * Each tag and the question are checked against the banks first (where the closest names come from), then,
     * for what no bank has, against the history: a question deleted from its bank, or a bank that no longer
     * loads, still has its attempts, and asking for them is no mistake.
     */
    private void check(History history, KnownBanks banks) throws IOException, BankException, UnknownTagException {
        if (tags.isEmpty() && question.isEmpty()) {
            return;
        }
        Optional<Catalog> catalog = banks.load();
        Set<String> known = catalog.map(c -> c.tagCounts().keySet()).orElse(Set.of());
        for (String tag : tags) {
            if (!known.contains(tag) && history.attempts(ReportScope.ALL.withTags(List.of(tag)), 1).isEmpty()) {
                throw new UnknownTagException(tag, Closest.of(tag, known, 5));
            }
        }
        if (question.isPresent() && catalog.flatMap(c -> c.find(question.get())).isEmpty()
                && history.attempts(ReportScope.ALL.withQuestion(question.get()), 1).isEmpty()) {
            // Without the banks, QuestionIds has nothing to suggest from and says where the ids are listed.
            QuestionIds.find(catalog.orElse(new Catalog(List.of())), question.get());
        }
    }

    /** A session that is not there is a usage error, as picocli words its own. */
    private static ParameterException badSession(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '--session': " + message);
    }

    private static long session(CommandSpec spec, History history, String value) throws IOException {
        if (value.equals("last")) {
            OptionalLong last = history.lastSession();
            if (last.isEmpty()) {
                throw badSession(spec, "there is no session with a rated answer yet; start one with 'viva drill'");
            }
            return last.getAsLong();
        }
        try {
            long id = Long.parseLong(value);
            if (!history.hasSession(id)) {
                throw badSession(spec, "there is no session " + id + "; 'viva history' shows each attempt's session");
            }
            return id;
        } catch (NumberFormatException e) {
            throw badSession(spec, "'" + value + "' is not a session; give its number or 'last'");
        }
    }
}
