package io.parley;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.parley.model.TrainerView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package-by-feature rules of DESIGN.md, stated as tests. */
class ArchitectureTest {

    static JavaClasses classes;
    static final List<String> FEATURES = List.of("extraction", "ingest", "classification", "model", "moderation", "site",
            "webhook");

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

    @Test
    void servingNeverDependsOnTrainingAndOnlyTheCliTrains() {
        // training, data readers, experiments and evaluation are for the CLI (train, evaluate) and tests: the
        // service's path (load, score, explain) stays small and cannot reach them
        noClasses().that().resideOutsideOfPackages("..training..", "io.parley.cli..")
                .should().dependOnClassesThat().resideInAPackage("..training..")
                .check(classes);
    }

    @Test
    void theTrainersViewIsUsedByTheModelsOwnPackagesOnly() {
        classes().should(new ArchCondition<JavaClass>("use a @TrainerView type or member only from its model's "
                + "package or that package's training") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    boolean marked = trainerView(owner) || access.getTarget().resolveMember()
                            .map(m -> m.isAnnotatedWith(TrainerView.class)).orElse(false);
                    if (marked && !ownModel(origin, owner)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    if (trainerView(d.getTargetClass()) && !ownModel(origin, d.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(classes);
    }

    private static boolean trainerView(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.isAnnotatedWith(TrainerView.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownModel(JavaClass origin, JavaClass owner) {
        String model = owner.getPackageName();
        return origin.getPackageName().equals(model) || origin.getPackageName().equals(model + ".training");
    }
}
