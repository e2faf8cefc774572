package viva.bank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where viva validate's warnings about control characters point: at the character, or at the escape that writes it. */
class ControlCharactersTest {
    private static List<String> warnings(String text) {
        return ControlCharacters.in(new Source("b.yaml", text)).stream().map(Problem::toString).toList();
    }

    @Test
    void eachEscapeInADoubleQuotedScalarIsWarnedAboutAtItsBackslash() {
        assertThat(warnings("a: \"x \\e]0;title\\a y\"\nb: \"\\x1b[2J \\u202e \\U0000009B \\x7f \\0\"\n")).containsExactly(
                "b.yaml:1:7: warning: \"\\e\" writes control character U+001B ESCAPE; viva shows it as ^[",
                "b.yaml:1:17: warning: \"\\a\" writes control character U+0007 BEL; viva shows it as ^G",
                "b.yaml:2:5: warning: \"\\x1b\" writes control character U+001B ESCAPE; viva shows it as ^[",
                "b.yaml:2:13: warning: \"\\u202e\" writes control character U+202E RIGHT-TO-LEFT OVERRIDE; viva shows it as <U+202E>",
                "b.yaml:2:20: warning: \"\\U0000009B\" writes control character U+009B CONTROL SEQUENCE INTRODUCER; viva shows it as <U+009B>",
                "b.yaml:2:31: warning: \"\\x7f\" writes control character U+007F DELETE; viva shows it as ^?",
                "b.yaml:2:36: warning: \"\\0\" writes control character U+0000 NULL; viva shows it as ^@");
    }

    @Test
    void aCharacterInTheFileAsItIsIsWarnedAboutWhereItIs() {
        // Columns count characters as an editor does: a Chinese character or an emoji is one.
        assertThat(warnings("# note \u202E\r\nprompt: 路由😀\u202Egpj.exe\r\n")).containsExactly(
                "b.yaml:1:8: warning: control character U+202E RIGHT-TO-LEFT OVERRIDE in the file; viva shows it as <U+202E>",
                "b.yaml:2:12: warning: control character U+202E RIGHT-TO-LEFT OVERRIDE in the file; viva shows it as <U+202E>");
    }

    @Test
    void textThatOnlyLooksLikeAnEscapeIsNoControlCharacter() {
        assertThat(warnings("""
                plain: a \\e b
                single: 'a \\e b'
                escaped: "a \\\\e b \\t tab \\n newline \\" quote"
                block: |
                  "\\e"
                # "\\e" in a comment
                """)).isEmpty();
    }

    @Test
    void theScalarsBeforeASyntaxErrorAreStillLookedAt() {
        assertThat(warnings("a: \"\\e\"\nb: [unclosed\n")).singleElement().asString().startsWith("b.yaml:1:5: warning: \"\\e\"");
    }

    @Test
    void theBuiltInBanksHaveNone() {
        assertThat(BankFiles.builtin()).isNotEmpty().allSatisfy(s -> assertThat(ControlCharacters.in(s)).as(s.name()).isEmpty());
    }
}
