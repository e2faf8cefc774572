package viva;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import viva.store.StoreException;
import viva.store.crossing.StoreThatKnowsTheDrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import viva.drill.Attempt;

/**
 * The arrows between packages point one way, read from the compiled classes (so an inline name counts as
 * much as an import): cli -> practice -> {drill, store, report} -> schedule -> {bank, config, convert, text}.
 * Only practice opens the store.
 * term implements the drill's screen and knows only the drill's side. JLine stays in term, picocli in cli.
 */
class ArchitectureTest {
    private static final JavaClasses VIVA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("viva");

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("viva.cli..")
                .layer("practice").definedBy("viva.practice..")
                .layer("term").definedBy("viva.term..")
                .layer("drill").definedBy("viva.drill..")
                .layer("store").definedBy("viva.store..")
                .layer("report").definedBy("viva.report..")
                .layer("schedule").definedBy("viva.schedule..")
                .layer("convert").definedBy("viva.convert..")
                .layer("completion").definedBy("viva.completion..")
                .layer("config").definedBy("viva.config..")
                .layer("bank").definedBy("viva.bank..")
                .layer("text").definedBy("viva.text..")
                .layer("threads").definedBy("viva.threads..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("practice").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("term").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("completion").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("drill").mayOnlyBeAccessedByLayers("cli", "practice", "term")
                .whereLayer("store").mayOnlyBeAccessedByLayers("practice")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "practice")
                .whereLayer("schedule").mayOnlyBeAccessedByLayers("cli", "practice", "term", "drill", "store", "report")
                .whereLayer("convert").mayOnlyBeAccessedByLayers("cli", "practice")
                .whereLayer("config").mayOnlyBeAccessedByLayers("cli", "practice")
                .whereLayer("bank").mayOnlyBeAccessedByLayers("cli", "practice", "term", "drill", "store", "report",
                        "schedule", "convert", "completion", "config")
                .whereLayer("threads").mayOnlyBeAccessedByLayers("cli", "practice", "term", "drill", "store", "report",
                        "schedule", "convert", "completion", "config", "bank")
                // The command line never opens the store (practice.History does); it only names its failure, to report it.
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("viva.cli.."),
                        JavaClass.Predicates.equivalentTo(StoreException.class));
    }

    @Test
    void everyArrowBetweenPackagesPointsDown() {
        layers().check(VIVA);
    }

    @Test
    void jlineIsUsedOnlyByTheTerminalPackage() {
        noClasses().that().resideOutsideOfPackage("viva.term..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..")
                .check(VIVA);
    }

    @Test
    void picocliIsUsedOnlyByTheCommandLinePackage() {
        noClasses().that().resideInAPackage("viva..").and().resideOutsideOfPackage("viva.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(VIVA);
    }

    /** The rule is not vacuous: a store class that names a drill type, even without an import, breaks it. */
    @Test
    void aStoreThatKnowsTheDrillIsCaught() {
        JavaClasses crossing = new ClassFileImporter().importClasses(StoreThatKnowsTheDrill.class, Attempt.class);
        ArchRule rule = layers();
        EvaluationResult result = rule.evaluate(crossing);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("StoreThatKnowsTheDrill", "viva.drill.Attempt");
    }
}
