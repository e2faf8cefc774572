package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    @TempDir
    Path home;

    private static final String ENGLISH = Cli.fixture("import/ml-interview.md");
    private static final String CHINESE = Cli.fixture("import/面试笔记");

    @Test
    void writesADraftThatViaValidatePasses() {
        for (String notes : new String[] {ENGLISH, CHINESE}) {
            Path draft = home.resolve(Path.of(notes).getFileName() + ".yaml");
            Cli.Result r = new Cli(home).run("import", "markdown", notes, "-o", draft.toString());
            assertThat(r.exit()).as("%s", r).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("imported ", " into " + draft, "review it, then: viva validate " + draft);
            Cli.Result validate = new Cli(home).run("validate", draft.toString());
            // A draft passes; what an importer cannot know (which words are the keywords) comes as warnings to review.
            assertThat(validate.out()).containsPattern("questions: ok(, \\d+ warnings?)?\n$");
            assertThat(validate.exit()).as("%s", validate).isZero();
        }
    }

    @Test
    void reportsWhatItCouldNotPlaceAndPrintsTheDraftWithoutDashO() {
        Cli.Result r = new Cli(home).run("import", "markdown", ENGLISH);
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).startsWith("# Bank draft made by 'viva import markdown' from 1 file.")
                .contains("  - id: implement-top-k-sampling\n", "      prompt: How would you implement top-k sampling?\n");
        assertThat(r.err()).contains(ENGLISH + ":56:1: warning: no answer under '5. Label smoothing'; not imported\n",
                "imported 5 questions from 1 file; 3 not placed (listed above)");
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path draft = home.resolve("draft.yaml");
        Files.writeString(draft, "mine");
        Cli.Result r = new Cli(home).run("import", "markdown", ENGLISH, "-o", draft.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).isEqualTo("viva: " + draft + " already exists; use --force to overwrite it\n");
        assertThat(draft).hasContent("mine");
        assertThat(new Cli(home).run("import", "markdown", ENGLISH, "-o", draft.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(draft)).startsWith("# Bank draft");
    }

    @Test
    void extraTagsMustBeKebabCaseAndNotesMustExist() {
        Cli.Result tag = new Cli(home).run("import", "markdown", CHINESE, "--tag", "Large Models");
        assertThat(tag.exit()).as("%s", tag).isEqualTo(2);
        assertThat(tag.err()).isEqualTo("viva: tag 'Large Models' is not kebab-case (a-z, 0-9 and '-'); try 'large-models'\n");
        Cli.Result missing = new Cli(home).run("import", "markdown", "no/such/notes.md");
        assertThat(missing.exit()).as("%s", missing).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("viva: cannot read no/such/notes.md: no such file or folder\n");
        assertThat(new Cli(home).run("import").exit()).isEqualTo(2);
    }

    @Test
    void notesWithoutHeadingsAreAnErrorThatSaysWhatAQuestionIs() throws Exception {
        Path notes = home.resolve("flat.md");
        Files.writeString(notes, "Just a paragraph.\n");
        Cli.Result r = new Cli(home).run("import", "markdown", notes.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).endsWith("viva: no question found: a question is a Markdown heading ('## ...') with text under it\n");
    }

    @Test
    void notesThatAreNotUtf8AreALocatedErrorAndTheirControlCharactersAreNeverPrinted() throws Exception {
        Path latin1 = home.resolve("latin1.md");
        Files.write(latin1, "## 1. What is X?\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = new Cli(home).run("import", "markdown", latin1.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).startsWith("viva: " + latin1 + ":3:4: the file is not UTF-8: byte 0xE9").doesNotContain("Exception");
        Path escapes = home.resolve("escapes.md");
        Files.writeString(escapes, "# Notes \u001b[31m\n\nIntro \u001b]0;title\u0007 text.\n\n## 1. What is X?\n\nY.\n");
        Cli.Result e = new Cli(home).run("import", "markdown", escapes.toString());
        assertThat(e.exit()).as("%s", e).isZero();
        assertThat(e.err()).contains(escapes + ":1:1: warning: the text under 'Notes ^[[31m'").doesNotContain("\u001b", "\u0007");
        Files.writeString(escapes, "## 1. What is \u202eX?\n\nY.\n");
        Cli.Result bidi = new Cli(home).run("import", "markdown", escapes.toString());
        assertThat(bidi.out()).contains("What is <U+202E>X?").doesNotContain("\u202e");
    }
}
