package org.junheng;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages depend only downstream-to-upstream, never in a cycle:
 * cli → site → (content, check, indicators, charts, render, publish), and each stage
 * sees only the stages before it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.junheng");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.junheng.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void contentIsTheFoundationAndDependsOnNoOtherStage() {
        onlyOn("content");
    }

    @Test
    void checksSeeOnlyContent() {
        onlyOn("check", "content");
    }

    @Test
    void indicatorsArePureComputationOverContent() {
        onlyOn("indicators", "content");
        noClasses().that().resideInAPackage("org.junheng.indicators..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("indicators are pure computation, no I/O")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void chartsSeeOnlyContentAndIndicators() {
        onlyOn("charts", "content", "indicators");
    }

    @Test
    void renderingDoesNotReachBackIntoOrchestration() {
        onlyOn("render", "content", "indicators", "charts");
    }

    @Test
    void publishingDoesNotReachBackIntoOrchestration() {
        onlyOn("publish", "content", "indicators", "charts", "render");
    }

    @Test
    void onlyTheCommandLineDependsOnPicocli() {
        noClasses().that().resideOutsideOfPackage("org.junheng.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    private static void onlyOn(String stage, String... allowed) {
        String[] forbidden = java.util.stream.Stream.of("cli", "site", "content", "check", "indicators", "charts",
                        "render", "publish")
                .filter(other -> !other.equals(stage) && !java.util.List.of(allowed).contains(other))
                .map(other -> "org.junheng." + other + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("org.junheng." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .allowEmptyShould(true)
                .check(classes);
    }
}
