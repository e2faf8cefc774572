package viva.bench;

import viva.bank.BankFiles;
import viva.bank.Source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes what src/test/sh/bench.sh measures over, in the folders it is given: user bank files made of the
 * built-in questions under new ids (real texts, so parsing costs what a real bank costs), and a history
 * of attempts written straight into SQLite with the app's own schema. Run from the project folder:
 *
 *   java -cp target/viva.jar:target/test-classes viva.bench.BenchData banks FOLDER [files] [questions-per-file]
 *   java -cp target/viva.jar:target/test-classes viva.bench.BenchData history FILE.db [attempts]
 */
public final class BenchData {
    private static final String ITEM = "  - id: ";

    private BenchData() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BenchData banks FOLDER [files] [per-file] | history FILE.db [attempts]");
        }
        long start = System.nanoTime();
        Path target = Path.of(args[1]);
        switch (args[0]) {
            case "banks" -> banks(target, count(args, 2, 100), count(args, 3, 100));
            case "history" -> StatsBenchmark.fill(target, count(args, 2, 1_000_000));
            default -> throw new IllegalArgumentException("banks or history, not " + args[0]);
        }
        System.out.printf(Locale.ROOT, "%s %s in %.1f s%n", args[0], target, (System.nanoTime() - start) / 1e9);
    }

    private static int count(String[] args, int at, int otherwise) {
        return args.length > at ? Integer.parseInt(args[at]) : otherwise;
    }

    /** bench-001.yaml ... each of perFile questions, the built-in ones in turn, each id made unique by its file and place. */
    static void banks(Path folder, int files, int perFile) throws Exception {
        List<String> items = items();
        Files.createDirectories(folder);
        int next = 0;
        for (int f = 1; f <= files; f++) {
            StringBuilder bank = new StringBuilder("questions:\n");
            for (int q = 1; q <= perFile; q++) {
                String item = items.get(next++ % items.size());
                String suffix = String.format(Locale.ROOT, "-b%03d-%03d", f, q);
                int idEnd = item.indexOf('\n');
                bank.append(item, 0, idEnd).append(suffix).append(item, idEnd, item.length());
            }
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "bench-%03d.yaml", f)), bank, StandardCharsets.UTF_8);
        }
    }

    /** Every built-in question's YAML, from its "  - id:" line to the next one. */
    private static List<String> items() {
        List<String> items = new ArrayList<>();
        for (Source source : BankFiles.builtin()) {
            String text = source.text().endsWith("\n") ? source.text() : source.text() + "\n";
            int at = text.indexOf(ITEM);
            while (at >= 0) {
                int end = text.indexOf("\n" + ITEM, at);
                items.add(text.substring(at, end < 0 ? text.length() : end + 1));
                at = end < 0 ? -1 : end + 1;
            }
        }
        return items;
    }
}
