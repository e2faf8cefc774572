package viva.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EditCommandTest {
    @TempDir
    Path home;

    private Path bank;
    private Path calls;

    @BeforeEach
    void copyTheSampleBank() throws Exception {
        bank = home.resolve("mine.yaml");
        Files.copy(Path.of(Cli.fixture("banks/sample.yaml")), bank);
        calls = home.resolve("editor-calls.txt");
    }

    /** An "editor" that records how it was called, then applies a sed edit to the file (its last argument). */
    private String editor(String sedScript) throws Exception {
        // Named as an editor viva knows to take +LINE; its own name would get the file alone.
        Path script = Files.createDirectories(home.resolve("bin")).resolve("vim");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" > '" + calls + "'\nfor f; do :; done\n"
                + (sedScript.isEmpty() ? "" : "sed -i '" + sedScript + "' \"$f\"\n"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    @Test
    void opensTheEditorAtTheQuestionsLineThenChecks() throws Exception {
        Cli.Result r = new Cli(home).env("EDITOR", editor("")).run("edit", "demo-moe-collapse", "--no-builtin", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(calls).hasContent("+43 " + bank);
        assertThat(r.out()).isEqualTo(bank + ": ok\n");
    }

    @Test
    void visualWinsOverEditor() throws Exception {
        Cli.Result r = new Cli(home).env("EDITOR", "false").env("VISUAL", editor(""))
                .run("edit", "demo-lora-init", "--no-builtin", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(Files.readString(calls)).startsWith("+");
    }

    @Test
    void aBrokenEditIsReportedWithItsPlace() throws Exception {
        Cli.Result r = new Cli(home).env("EDITOR", editor("s/difficulty: easy/difficulty: esay/"))
                .run("edit", "demo-moe-collapse", "--no-builtin", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.out()).containsPattern(Pattern.quote(bank.toString()) + ":\\d+:\\d+: difficulty 'esay' is not one of easy, medium, hard");
    }

    @Test
    void builtInQuestionsCannotBeEditedAndSaySoWithTheWayOut() {
        Cli.Result r = new Cli(home).env("EDITOR", "true").run("edit", "moe-routing-collapse");
        assertThat(r.exit()).as("%s", r).isEqualTo(1);
        assertThat(r.err()).startsWith("viva: 'moe-routing-collapse' is a built-in question (questions/moe.yaml inside viva's jar)")
                .contains("viva edit moe-routing-collapse --no-builtin --bank questions/");
    }

    @Test
    void anUnknownIdAndAFailingEditorAreClearErrors() {
        Cli.Result unknown = new Cli(home).run("edit", "demo-lora", "--no-builtin", "--bank", bank.toString());
        assertThat(unknown.exit()).as("%s", unknown).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("viva: no question with id 'demo-lora'; closest: demo-lora-init\n");
        Cli.Result failing = new Cli(home).env("EDITOR", "false").run("edit", "demo-lora-init", "--no-builtin", "--bank", bank.toString());
        assertThat(failing.exit()).as("%s", failing).isEqualTo(1);
        assertThat(failing.err()).isEqualTo("viva: the editor (false) exited with status 1; " + bank + " was not checked\n");
    }

    @Test
    void atATerminalABrokenEditReopensAtTheProblemUntilItIsFixedOrDeclined() throws Exception {
        // The first edit breaks the difficulty; the second, at the problem's line, mends it.
        Path script = Files.createDirectories(home.resolve("bin")).resolve("vim");
        Path count = home.resolve("count");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nfor f; do :; done\n"
                + "if [ -f '" + count + "' ]; then sed -i 's/difficulty: esay/difficulty: easy/' \"$f\";"
                + " else touch '" + count + "'; sed -i 's/difficulty: easy/difficulty: esay/' \"$f\"; fi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Cli.Result r = new Cli(home).interactive().env("EDITOR", script.toString()).stdin("\n")
                .run("edit", "demo-moe-collapse", "--no-builtin", "--bank", bank.toString());
        assertThat(r.exit()).as("%s", r).isZero();
        List<String> opened = Files.readAllLines(calls);
        assertThat(opened).hasSize(2);
        assertThat(r.out()).contains("difficulty 'esay'", "Edit again at line ").endsWith(bank + ": ok\n");
        assertThat(opened.get(1)).isEqualTo("+" + r.out().replaceAll("(?s).*Edit again at line (\\d+).*", "$1") + " " + bank);

        Files.delete(count);
        Files.delete(calls);
        Cli.Result declined = new Cli(home).interactive().env("EDITOR", script.toString()).stdin("n\n")
                .run("edit", "demo-moe-collapse", "--no-builtin", "--bank", bank.toString());
        assertThat(declined.exit()).as("%s", declined).isEqualTo(1);
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }
}
