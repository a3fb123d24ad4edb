package nl.arbeidsmigratie.regie.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module borders of ARCHITECTURE.md, checked on the compiled production classes of every module. */
class ArchitectureTest {

    private static final String ROOT = "nl.arbeidsmigratie.regie";

    /** Which modules' api packages each module may use, besides its own packages. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "platform", List.of(),
            "registration", List.of("platform"),
            "monitoring", List.of("platform", "registration"),
            "strategy", List.of("platform", "registration", "monitoring"),
            "sessions", List.of("platform", "registration"),
            "web", List.of("platform", "registration", "monitoring", "strategy", "sessions"));

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/testing/") && !location.contains("testing-"))
                .importPackages(ROOT);
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        ALLOWED.keySet().forEach(module -> assertThat(
                production.that(JavaClass.Predicates.resideInAPackage(ROOT + "." + module + ".."))).as(module)
                .isNotEmpty());
    }

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyMayDependOn() {
        ALLOWED.forEach((module, dependencies) -> {
            String[] permitted = Stream.concat(
                    Stream.of(ROOT + "." + module + "..", "java..", "jakarta..", "javax..", "org..", "com..", "io.."),
                    dependencies.stream().map(dependency -> ROOT + "." + dependency + ".api.."))
                    .toArray(String[]::new);
            classes().that().resideInAPackage(ROOT + "." + module + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(permitted)
                    .because(module + " may use only its own packages and the api of " + dependencies)
                    .check(production);
        });
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void apiSignaturesNeverExposeEntities() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("..api..").and().arePublic()
                .should(new ArchCondition<JavaCodeUnit>("not take or return entities") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        Stream.concat(unit.getReturnType().getAllInvolvedRawTypes().stream(),
                                        unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                                .map(JavaClass::getPackageName)
                                .filter(name -> name.endsWith(".entity"))
                                .forEach(name -> events.add(SimpleConditionEvent.violated(unit,
                                        unit.getFullName() + " exposes a type of " + name)));
                    }
                })
                .check(production);
    }
}
