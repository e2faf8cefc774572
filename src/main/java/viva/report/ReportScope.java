package viva.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which attempts a report, the stats or history were made for: tags match any of {@code tags}; empty
 * parts do not filter.
 */
public record ReportScope(List<String> tags, Optional<String> question, Optional<Instant> since, OptionalLong session) {
    public static final ReportScope ALL = new ReportScope(List.of(), Optional.empty(), Optional.empty(), OptionalLong.empty());

    public ReportScope {
        tags = List.copyOf(tags);
    }

    public ReportScope withTags(List<String> value) {
        return new ReportScope(value, question, since, session);
    }

    public ReportScope withQuestion(String value) {
        return new ReportScope(tags, Optional.of(value), since, session);
    }

    public ReportScope withSince(Instant value) {
        return new ReportScope(tags, question, Optional.of(value), session);
    }

    public ReportScope withSession(long value) {
        return new ReportScope(tags, question, since, OptionalLong.of(value));
    }
}
