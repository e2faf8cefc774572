package viva.convert;

import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Problem;
import viva.bank.Source;
import viva.bank.TextFiles;
import viva.text.Han;
import viva.text.Kebab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns Markdown interview notes into a bank draft: one question per heading at the level where the
 * questions are, its text as the answer. What it cannot place in a question is reported, never dropped silently.
 */
public final class MarkdownImporter {
    /** File names that say nothing about the topic. */
    /** Prompts that ask for something written: code or a derivation. */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)^(implement|write|code|derive|prove|show that)\\b|实现|手写|写出|推导|证明");
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
    public static Draft run(List<Path> paths, List<String> extraTags) throws IOException, NotesException {
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

    private void file(Path file, Path relative) throws NotesException {
        String name = file.toString();
        files.add(name);
        // Read as banks are: a regular file, at most 1 MiB, UTF-8, or a located reason why not.
        Source source = TextFiles.read(file, name, "a Markdown file");
        if (!source.readable()) {
            throw new NotesException(source.refused());
        }
        String text = source.text();
        MarkdownDoc doc = MarkdownDoc.parse(text);
        List<String> tags = tags(name, relative);
        Lang lang = Language.of(text);
        doc.frontMatterEnd().ifPresent(end -> skip(name, 1, "front matter (lines 1-" + (end + 1) + ") is not a question; skipped"));
        if (!doc.preamble().isEmpty()) {
            skip(name, MarkdownDoc.firstLine(doc.preamble().get(0)) + 1, Skipped.why(doc, null, doc.preamble()));
        }
        new Walk(doc, name, tags, lang, QuestionLevel.of(doc.sections())).sections(doc.sections());
    }

    /** One file's sections, walked with the level the questions are at. */
    private final class Walk {
        private final MarkdownDoc doc;
        private final String name;
        private final List<String> tags;
        private final Lang lang;
        private final QuestionLevel level;

        Walk(MarkdownDoc doc, String name, List<String> tags, Lang lang, QuestionLevel level) {
            this.doc = doc;
            this.name = name;
            this.tags = tags;
            this.lang = lang;
            this.level = level;
        }

        void sections(List<MarkdownDoc.Section> sections) {
            sections.forEach(this::section);
        }

        /** Above the question level a heading is a chapter; at it, a question; below it (under a chapter), a question only if it reads as one. */
        private void section(MarkdownDoc.Section s) {
            if (s.level() < level.level() || s.level() > level.level() && !Headings.looksLikeQuestion(s.title())) {
                chapter(s);
            } else if (Skipped.isContents(doc, s)) {
                skip(name, s.line(), "'" + Headings.plain(s.title()) + "' is a table of contents, not a question; skipped");
            } else if (s.level() == level.level() && level.questionLike() && !Headings.looksLikeQuestion(s.title())) {
                skip(name, s.line(), "'" + Headings.plain(s.title()) + "' does not read as a question (no number, no '?')"
                        + " among headings that do; not imported");
            } else if (!s.hasText() && s.children().stream().anyMatch(c -> isSubQuestion(s, c))) {
                // "## 6. Tricky follow-ups" with "### 6.1 ...?" under it: a group, its sub-questions are the questions.
                s.children().forEach(c -> {
                    if (isSubQuestion(s, c)) {
                        question(c);
                    } else {
                        chapter(c);
                    }
                });
            } else {
                question(s);
            }
        }

        /**
         * Under a heading with no text, a heading that asks is a sub-question; so is a numbered one, unless the
         * heading above asks itself: "## 1. What are the parts?" then "### 1.1 Attention" is an answer in parts.
         */
        private static boolean isSubQuestion(MarkdownDoc.Section group, MarkdownDoc.Section child) {
            return Headings.asks(child.title()) || !Headings.asks(group.title()) && Headings.looksLikeQuestion(child.title());
        }

        private void chapter(MarkdownDoc.Section s) {
            if (s.hasText()) {
                skip(name, s.line(), Skipped.why(doc, s, s.blocks()));
            }
            sections(s.children());
        }

        private void question(MarkdownDoc.Section s) {
            Location at = new Location(name, s.line(), 1);
            AnswerText answer = AnswerText.of(doc, s.subtree());
            if (answer.markdown().isBlank()) {
                unplaced.add(new Problem(at, "no answer under '" + Headings.plain(s.title()) + "'; not imported"));
                return;
            }
            String prompt = Headings.prompt(s.title());
            String id = unique(Ids.of(Headings.plain(prompt), tags.get(0)));
            List<KeyPoint> points = KeyPoints.of(Headings.plain(prompt), answer.markdown(), answer.units());
            List<String> hints = Hints.of(lang, prompt, answer, points);
            items.add(new Draft.Item(id, tags, budget(prompt, answer), lang, prompt, answer.markdown(), points, hints, at));
        }
    }

    private void skip(String name, int line, String why) {
        unplaced.add(new Problem(new Location(name, line, 1), why));
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
        return Duration.ofMinutes(Math.max(1, Math.min(5, Math.round(words(answer) / 80.0))));
    }

    /**
     * Prose takes its length; code and derivations take longer than their word count says (they are written,
     * not said), so they get at least 3 minutes and up to 10, a line of code counting as ten words.
     */
    static Duration budget(String prompt, AnswerText answer) {
        boolean written = answer.kind() != AnswerText.Kind.PROSE || WRITTEN.matcher(prompt).find();
        if (!written) {
            return budget(answer.markdown());
        }
        long codeLines = answer.markdown().lines().filter(l -> l.startsWith("    ") || l.matches(".*[;{}=()].*")).count();
        long minutes = Math.round((words(answer.markdown()) + 10.0 * codeLines) / 80.0);
        return Duration.ofMinutes(Math.max(3, Math.min(10, minutes)));
    }

    private static double words(String answer) {
        long han = answer.codePoints().filter(Han::is).count();
        long words = answer.split("\\s+").length;
        return words + han / 2.0;
    }

    /** Tags from the folders and the file name, numbering dropped ("02-LoRA微调" is lora), then --tag ones. */
    private List<String> tags(String name, Path relative) {
        Set<String> tags = new LinkedHashSet<>();
        List<String> segments = new ArrayList<>();
        relative.forEach(p -> segments.add(p.toString()));
        int last = segments.size() - 1;
        segments.set(last, segments.get(last).replaceAll("\\.(md|markdown)$", ""));
        for (String segment : segments) {
            String tag = Kebab.of(segment.replaceFirst("^[0-9]+(?=[-_. 、]|$)[-_. 、]*", ""));
            if (!tag.isEmpty() && !tag.matches("[0-9-]+") && !GENERIC_NAMES.contains(tag)) {
                tags.add(tag);
            } else if (tag.isEmpty() && segment.codePoints().anyMatch(Han::is)) {
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
}
