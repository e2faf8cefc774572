package viva.cli;

import picocli.CommandLine.Option;
import viva.bank.Difficulty;
import viva.completion.Kind;
import viva.drill.Filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    @Option(names = {"-d", "--difficulty"}, paramLabel = "LEVEL", split = ",", completionCandidates = Words.Levels.class,
            description = "Only these levels: ${COMPLETION-CANDIDATES} (repeatable).")
    List<Difficulty> levels = new ArrayList<>();

    public Filter filter() {
        Set<Difficulty> difficulties = EnumSet.noneOf(Difficulty.class);
        difficulties.addAll(levels);
        return new Filter(tags, allTags, excludeTags, difficulties);
    }
}
