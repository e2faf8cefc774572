package viva.cli;

import viva.report.ReportScope;
import viva.practice.History;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The filters history, stats and report share, as typed on the command line, turned into the scope a
 * report is made for; a session is checked against the history.
 * A session that is not there is a {@link BadValue}, which the command shows as a usage error; --since is read
 * by picocli ({@link Since.Converter}).
 */
record ScopeArgs(List<String> tags, Optional<String> question, Optional<Since> since, Optional<String> session) {
    public ScopeArgs {
        // Tags are kebab-case in every bank, so '-t MoE' can only mean moe.
        tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** An option whose value makes no sense; the message says what would. */
    public static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final String option;

        public BadValue(String option, String message) {
            super(message);
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    public ReportScope resolve(History history, Instant now, ZoneId zone) throws BadValue, IOException {
        ReportScope scope = ReportScope.ALL.withTags(tags);
        if (question.isPresent()) {
            scope = scope.withQuestion(question.get());
        }
        if (since.isPresent()) {
            scope = scope.withSince(since.get().from(now, zone));
        }
        if (session.isPresent()) {
            scope = scope.withSession(session(history, session.get()));
        }
        return scope;
    }

    private static long session(History history, String value) throws BadValue, IOException {
        if (value.equals("last")) {
            OptionalLong last = history.lastSession();
            if (last.isEmpty()) {
                throw new BadValue("--session", "there is no session with a rated answer yet; start one with 'viva drill'");
            }
            return last.getAsLong();
        }
        try {
            long id = Long.parseLong(value);
            if (!history.hasSession(id)) {
                throw new BadValue("--session", "there is no session " + id + "; 'viva history' shows each attempt's session");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadValue("--session", "'" + value + "' is not a session; give its number or 'last'");
        }
    }
}
