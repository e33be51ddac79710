package io.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package-by-feature rules of DESIGN.md, stated as tests. */
class ArchitectureTest {

    static JavaClasses classes;
    static final List<String> FEATURES = List.of("extraction", "ingest", "classification", "model", "moderation", "site");

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.parley");
    }

    @Test
    void featuresNeverCallTheEdges() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().map(f -> "io.parley." + f + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.api..", "io.parley.web..", "io.parley.cli..")
                .check(classes);
    }

    @Test
    void edgesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.parley.api..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.web..", "io.parley.cli..").check(classes);
        noClasses().that().resideInAPackage("io.parley.web..").should().dependOnClassesThat()
                .resideInAnyPackage("io.parley.api..", "io.parley.cli..").check(classes);
    }

    @Test
    void featuresUseOnlyEachOthersPublicTypes() {
        for (String f : FEATURES) {
            String pkg = "io.parley." + f;
            classes().that().resideInAPackage(pkg + "..").and().areNotPublic()
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(pkg + "..")
                    .because("a feature's package-private types are its internals")
                    .check(classes);
        }
    }

    @Test
    void edgesAreThinAndNeverTouchTheDatabase() {
        noClasses().that().resideInAnyPackage("io.parley.web..", "io.parley.api..", "io.parley.cli..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate").check(classes);
    }

    @Test
    void lowerFeaturesDoNotDependOnHigherOnes() {
        noClasses().that().resideInAnyPackage("io.parley.site..", "io.parley.model..", "io.parley.extraction..",
                        "io.parley.classification..")
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.moderation..", "io.parley.ingest..")
                .check(classes);
    }
}
