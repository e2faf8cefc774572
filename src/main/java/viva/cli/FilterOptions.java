package viva.cli;

import picocli.CommandLine.Option;
import viva.bank.Difficulty;
import viva.completion.Kind;
import viva.drill.Filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/** The question filters shared by drill and list. */
public final class FilterOptions {
    @Completes(Kind.TAGS)
    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", split = ",",
            description = "Questions with any of these tags (repeatable, or comma-separated).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--all-tags", description = "Require all the --tag tags instead of any.")
    boolean allTags;

    @Completes(Kind.TAGS)
    @Option(names = "--exclude-tag", paramLabel = "TAG", split = ",", description = "Leave out questions with this tag.")
    List<String> excludeTags = new ArrayList<>();

    @Option(names = {"-d", "--difficulty"}, paramLabel = "LEVEL", split = ",",
            description = "Only these levels: ${COMPLETION-CANDIDATES} (repeatable).")
    List<Level> levels = new ArrayList<>();

    /** Lower-case constants so that picocli accepts and completes the words as users type them. */
    enum Level { easy, medium, hard }

    public Filter filter() {
        Set<Difficulty> difficulties = EnumSet.noneOf(Difficulty.class);
        levels.forEach(l -> difficulties.add(Difficulty.valueOf(l.name().toUpperCase(Locale.ROOT))));
        return new Filter(tags, allTags, excludeTags, difficulties);
    }
}
