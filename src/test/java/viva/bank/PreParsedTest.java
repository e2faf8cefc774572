package viva.bank;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's parsed copy of the built-in banks is exactly what parsing their text gives, and only for that text. */
class PreParsedTest {

    @Test
    void everyBuiltInBankIsServedFromTheBuildsCopyAndEqualsItsParsedText() {
        List<Source> builtin = BankFiles.builtin();
        assertThat(builtin).hasSizeGreaterThan(5);
        for (Source source : builtin) {
            YamlNode root = new YamlReader(source.name(), new ArrayList<>()).read(source.text(), null);
            assertThat(PreParsed.lookup(source)).as(source.name()).hasValue(new BankParser(new ArrayList<>()).parse(root));
        }
    }

    @Test
    void anEditedBankIsParsedAgainNeverServedStale() {
        Source moe = BankFiles.builtin().stream().filter(s -> s.name().endsWith("moe.yaml")).findFirst().orElseThrow();
        Source edited = new Source(moe.name(), moe.text().replaceFirst("difficulty: easy", "difficulty: hard"));
        assertThat(edited.text()).isNotEqualTo(moe.text());
        assertThat(PreParsed.lookup(edited)).isEmpty();
        assertThat(PreParsed.lookup(new Source("mine/moe.yaml", moe.text()))).isEmpty();
        assertThat(Banks.check(List.of(edited)).questions()).isNotEqualTo(Banks.check(List.of(moe)).questions());
    }

    @Test
    void theCodecRoundTripsEveryField() throws Exception {
        List<Question> questions = Banks.load(BankFiles.read(Path.of("src/test/resources/banks/sample.yaml"))).questions();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuestionCodec.write(new DataOutputStream(bytes), questions);
        List<Question> back = QuestionCodec.read(ByteBuffer.wrap(bytes.toByteArray()));
        assertThat(back).isEqualTo(questions);
        assertThat(questions).anySatisfy(q -> assertThat(q.refs()).anySatisfy(r -> assertThat(r.url()).isPresent()));
    }
}
