package viva.bank;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@link PreParsed}'s file of the built-in banks. Run by the build only (exec-maven-plugin, after
 * the banks are copied into target/classes), so it is compiled apart from the runtime classes and never
 * enters the jar; it shares their package for the format's constants and the codec.
 */
public final class PreParsedWriter {

    private PreParsedWriter() {
    }

    /** Parses every built-in bank and writes {@code args[0]}. A problem in a built-in bank fails the build. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        // The copy from the last build must not vouch for the banks it is about to replace.
        Files.deleteIfExists(out);
        List<Source> sources = BankFiles.builtin();
        List<Banks.Check> perFile = sources.stream().map(Banks::checkOne).toList();
        Banks.Check all = Banks.merge(perFile);
        if (!all.ok()) {
            throw new IllegalStateException("the built-in banks have problems:\n"
                    + all.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        Files.createDirectories(out.getParent());
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            data.writeInt(PreParsed.MAGIC);
            data.writeInt(PreParsed.VERSION);
            data.writeInt(sources.size());
            for (int i = 0; i < sources.size(); i++) {
                byte[] bytes = sources.get(i).text().getBytes(StandardCharsets.UTF_8);
                QuestionCodec.string(data, sources.get(i).name());
                data.writeInt(bytes.length);
                data.writeLong(PreParsed.crc(bytes));
                QuestionCodec.write(data, perFile.get(i).questions());
            }
        }
    }
}
