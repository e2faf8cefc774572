package viva.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which stored attempts a query looks at. Tags match any of {@code tags}; empty parts do not filter.
 */
public record Scope(List<String> tags, Optional<String> question, Optional<Instant> since, OptionalLong session) {
    public static final Scope ALL = new Scope(List.of(), Optional.empty(), Optional.empty(), OptionalLong.empty());

    public Scope {
        tags = List.copyOf(tags);
    }

    public Scope withTags(List<String> value) {
        return new Scope(value, question, since, session);
    }

    public Scope withQuestion(String value) {
        return new Scope(tags, Optional.of(value), since, session);
    }

    public Scope withSince(Instant value) {
        return new Scope(tags, question, Optional.of(value), session);
    }

    public Scope withSession(long value) {
        return new Scope(tags, question, since, OptionalLong.of(value));
    }
}
