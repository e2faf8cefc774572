package viva.report;

import viva.bank.Catalog;
import viva.bank.Difficulty;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.practice.Reports;
import viva.practice.TextVersions;
import viva.store.Histories;
import viva.store.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The report tests' history and a catalog in which one question's text has changed since it was answered. */
public final class Samples {
    public static final Instant NOW = Instant.parse("2026-11-06T12:00:00Z");
    public static final ZoneId UTC = ZoneOffset.UTC;

    private Samples() {
    }

    public static Store store(Path dir) throws Exception {
        Store store = Store.open(dir.resolve("viva.db"));
        Histories.sample(store);
        return store;
    }

    /** As 'viva report' makes it: the figures from the store, then the marks for texts changed since. */
    public static Report report(Store store, ReportScope scope, boolean answers) throws Exception {
        return Reports.build(store, scope, answers, NOW, UTC).markChanged(TextVersions.of(catalog()));
    }

    /** lora-init's text no longer hashes to what the sample history stored for it. */
    public static Catalog catalog() {
        QuestionText text = new QuestionText("How are LoRA's matrices initialised?", "B zero, A Gaussian.",
                List.of(new KeyPoint("B is zero", List.of("zero"))), List.of("hint"), List.of());
        return new Catalog(List.of(new Question("lora-init", List.of("fine-tuning", "lora"), Difficulty.MEDIUM,
                Duration.ofMinutes(2), List.of(), Map.of(Lang.EN, text, Lang.ZH, text), new Location("questions/test.yaml", 1, 1))));
    }
}
