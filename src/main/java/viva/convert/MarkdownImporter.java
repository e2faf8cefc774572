package viva.convert;

import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns Markdown interview notes into a bank draft: one question per heading at the level where the
 * questions are, its text as the answer. What it cannot place in a question is reported, never dropped silently.
 */
public final class MarkdownImporter {
    /** File names that say nothing about the topic. */
    private static final Set<String> GENERIC_NAMES = Set.of("readme", "index", "notes", "questions", "interview",
            "interview-questions", "qa", "faq", "answers");

    private final List<String> extraTags;
    private final List<Draft.Item> items = new ArrayList<>();
    private final List<Problem> unplaced = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> noted = new HashSet<>();

    private MarkdownImporter(List<String> extraTags) {
        this.extraTags = List.copyOf(extraTags);
    }

    /** Every file given, and every *.md / *.markdown under every folder given, in name order. */
    public static Draft run(List<Path> paths, List<String> extraTags) throws IOException {
        MarkdownImporter importer = new MarkdownImporter(extraTags);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            if (Files.isDirectory(path)) {
                for (Path file : markdownUnder(path)) {
                    importer.file(file, path.relativize(file));
                }
            } else {
                importer.file(path, path.getFileName());
            }
        }
        return new Draft(importer.items, importer.unplaced, importer.files);
    }

    private static List<Path> markdownUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private void file(Path file, Path relative) throws IOException {
        String name = file.toString();
        files.add(name);
        MarkdownDoc doc = MarkdownDoc.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> tags = tags(name, relative);
        if (doc.preamble().stream().anyMatch(l -> !l.isBlank())) {
            int first = firstText(doc.preamble());
            unplaced.add(new Problem(new Location(name, first, 1), "text before the first heading was not placed in any question"));
        }
        int level = questionLevel(doc.sections());
        for (MarkdownDoc.Section s : doc.sections()) {
            Location at = new Location(name, s.line(), 1);
            if (s.level() < level && s.hasText()) {
                unplaced.add(new Problem(at, "the text under '" + s.title() + "' is not under a question heading; not placed"));
            } else if (s.level() == level && !s.hasText()) {
                unplaced.add(new Problem(at, "no answer under '" + s.title() + "'; not imported"));
            } else if (s.level() == level) {
                question(s, answer(s, doc.sections()), tags, at);
            }
        }
    }

    /**
     * The questions are the headings that carry text and look most like questions (numbered, marked Q/问,
     * ending in '?'); at that level, sections are questions, above it titles and chapters, below it parts of an answer.
     */
    private static int questionLevel(List<MarkdownDoc.Section> sections) {
        List<MarkdownDoc.Section> withText = sections.stream().filter(MarkdownDoc.Section::hasText).toList();
        List<MarkdownDoc.Section> questionLike = withText.stream().filter(s -> Headings.looksLikeQuestion(s.title())).toList();
        List<MarkdownDoc.Section> pool = questionLike.isEmpty() ? withText : questionLike;
        Map<Integer, Long> counts = pool.stream().collect(Collectors.groupingBy(MarkdownDoc.Section::level, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparingLong((Map.Entry<Integer, Long> e) -> e.getValue()).thenComparingInt(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(Integer.MAX_VALUE);
    }

    /** The section's own text and that of deeper headings under it, which are parts of the same answer. */
    private static String answer(MarkdownDoc.Section question, List<MarkdownDoc.Section> sections) {
        List<String> lines = new ArrayList<>(question.body());
        for (int i = sections.indexOf(question) + 1; i < sections.size() && sections.get(i).level() > question.level(); i++) {
            MarkdownDoc.Section part = sections.get(i);
            lines.add("**" + part.title() + "**");
            lines.addAll(part.body());
        }
        String text = String.join("\n", lines).strip();
        return text.replaceFirst("^(?:\\*\\*)?(?:A|Answer|答案?|回答|解答)\\s*[:：](?:\\*\\*)?\\s*", "").strip();
    }

    private void question(MarkdownDoc.Section s, String answer, List<String> tags, Location at) {
        String prompt = Headings.prompt(s.title());
        Lang lang = prompt.codePoints().anyMatch(Ids::isCjk) || answer.codePoints().filter(Ids::isCjk).count() > answer.length() / 4
                ? Lang.ZH : Lang.EN;
        String id = unique(Ids.of(prompt, tags.get(0)));
        var points = KeyPoints.of(answer);
        String term = points.get(0).keywords().get(0);
        String hint = lang == Lang.ZH ? "从「" + term + "」想起。" : "Start from " + term + ".";
        items.add(new Draft.Item(id, tags, budget(answer), lang, prompt, answer, points, List.of(hint), at));
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** About a minute for every 80 words (or 160 Chinese characters) of model answer, from 1 to 5 minutes. */
    static Duration budget(String answer) {
        long han = answer.codePoints().filter(Ids::isCjk).count();
        long words = answer.split("\\s+").length;
        long minutes = Math.round((words + han / 2.0) / 80.0);
        return Duration.ofMinutes(Math.max(1, Math.min(5, minutes)));
    }

    /** Tags from the folders and the file name, numbering dropped ("02-LoRA微调" is lora), then --tag ones. */
    private List<String> tags(String name, Path relative) {
        Set<String> tags = new java.util.LinkedHashSet<>();
        List<String> segments = new ArrayList<>();
        relative.forEach(p -> segments.add(p.toString()));
        int last = segments.size() - 1;
        segments.set(last, segments.get(last).replaceAll("\\.(md|markdown)$", ""));
        for (String segment : segments) {
            String tag = viva.text.Kebab.of(segment.replaceFirst("^[0-9]+(?=[-_. 、]|$)[-_. 、]*", ""));
            if (!tag.isEmpty() && !tag.matches("[0-9-]+") && !GENERIC_NAMES.contains(tag)) {
                tags.add(tag);
            } else if (tag.isEmpty() && segment.codePoints().anyMatch(Ids::isCjk)) {
                notePlainChinese(name, segment);
            }
        }
        tags.addAll(extraTags);
        if (tags.isEmpty()) {
            unplaced.add(new Problem(new Location(name, 1, 1), "no tag from the folder or file name; tagged 'imported' (add your own with --tag)"));
            tags.add("imported");
        }
        return new ArrayList<>(tags);
    }

    private void notePlainChinese(String name, String segment) {
        if (noted.add(segment)) {
            unplaced.add(new Problem(new Location(name, 1, 1), "'" + segment
                    + "' gives no tag (tags are written a-z, 0-9 and '-'); add one with --tag"));
        }
    }

    private static int firstText(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }
}
