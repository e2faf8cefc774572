package viva.bank;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes large valid banks for the tests and the benchmark: {@code files} files of {@code perFile}
 * questions, each with an English text of about a kilobyte whose answer mentions its key points, ids
 * unique across all the files. The text is the same for the same arguments, so runs compare.
 * <p>
 * {@code java -cp target/viva.jar:target/test-classes viva.bank.BankGenerator FOLDER [FILES [PER_FILE]]}
 * (100 files of 100 questions by default).
 */
public final class BankGenerator {
    private static final String[] TOPICS = {"routing", "caching", "sharding", "batching", "quantization", "attention", "sampling"};

    private BankGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        List<Path> written = write(folder, files, perFile);
        System.out.println(written.size() + " files of " + perFile + " questions in " + folder);
    }

    /** The banks, as {@code bank-000.yaml} ... in {@code folder} (made if missing). */
    public static List<Path> write(Path folder, int files, int perFile) throws IOException {
        Files.createDirectories(folder);
        List<Path> paths = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "bank-%03d.yaml", f));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("questions:\n");
                for (int q = 0; q < perFile; q++) {
                    out.write(question("gen-" + f + "-" + q, f * perFile + q));
                }
            }
            paths.add(file);
        }
        return paths;
    }

    /** One question as YAML, indented for a 'questions:' list. */
    static String question(String id, int n) {
        String topic = TOPICS[n % TOPICS.length];
        String other = TOPICS[(n / TOPICS.length) % TOPICS.length];
        return """
                  - id: %1$s
                    tags: [%2$s, generated]
                    difficulty: %4$s
                    time: 3m
                    en:
                      prompt: Question %5$d. Explain how %2$s interacts with %3$s in a serving system, and say what you would measure first.
                      answer: |
                        %2$s decides where each request goes, and %3$s decides how much work is shared between requests.
                        The first measurement is the tail latency at the 99th percentile, because averages hide queueing.
                        A second measurement is memory per request, since %3$s trades memory for throughput.
                        Finally, the hit rate tells whether the %2$s policy keeps related requests together (case %5$d).
                      points:
                        - text: %2$s and %3$s are separate decisions
                          keywords: [%2$s, %3$s]
                        - text: tail latency first
                          keywords: [tail latency, 99th percentile]
                        - text: memory per request and hit rate
                          keywords: [memory per request, hit rate]
                      hints:
                        - Which number hides queueing?
                      followups:
                        - What changes when the %2$s policy is random?
                """.formatted(id, topic, other, n % 3 == 0 ? "hard" : n % 3 == 1 ? "medium" : "easy", n);
    }
}
