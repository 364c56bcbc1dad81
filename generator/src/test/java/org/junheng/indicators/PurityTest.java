package org.junheng.indicators;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a pure computation: no I/O, and nothing of the generator but the content model. */
class PurityTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.junheng.indicators");

    @Test
    void does_no_io() {
        noClasses().that().resideInAPackage("org.junheng.indicators..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
                .orShould().callMethod(Class.class, "getResourceAsStream", String.class)
                .orShould().callMethod(ClassLoader.class, "getResourceAsStream", String.class)
                .check(engine);
    }

    @Test
    void depends_only_on_the_content_model() {
        noClasses().that().resideInAPackage("org.junheng.indicators..")
                .should().dependOnClassesThat(resideInAPackage("org.junheng..")
                        .and(resideOutsideOfPackages("org.junheng.indicators..", "org.junheng.content..")))
                .check(engine);
    }
}
