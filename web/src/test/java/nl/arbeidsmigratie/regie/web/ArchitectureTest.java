package nl.arbeidsmigratie.regie.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.arbeidsmigratie.regie.web.sessions.BorderViolations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the README section "How it is built" (and ARCHITECTURE.md), checked on the compiled
 * production classes of every module: module borders, web's one place per module, entities only in
 * {@code entity} packages, {@code control} never used outside its module, and beans kept in the session
 * serializable. Each rule is also shown failing on the deliberate breaches in {@code web.sessions.BorderViolations},
 * so a rule that cannot fail is noticed.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.arbeidsmigratie.regie";

    private static final List<String> BUSINESS_MODULES = List.of("registration", "monitoring", "strategy", "sessions");

    /** Which modules' api packages each module may use, besides its own packages. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "platform", List.of(),
            "registration", List.of("platform"),
            "monitoring", List.of("platform", "registration"),
            "strategy", List.of("platform", "registration", "monitoring"),
            "sessions", List.of("platform", "registration"),
            "web", List.of("platform", "registration", "monitoring", "strategy", "sessions"));

    /** Web's shared places: they frame every module's pages, so they may know accounts and municipalities. */
    private static final List<String> SHARED_WEB_PLACES = List.of("faces", "rest", "security", "health");

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
                    Stream.of(ROOT + "." + module + "..", "java..", "jakarta..", "javax..", "org..", "com..", "io..",
                            "net.fortuna.ical4j.."),
                    dependencies.stream().map(dependency -> ROOT + "." + dependency + ".api.."))
                    .toArray(String[]::new);
            classes().that().resideInAPackage(ROOT + "." + module + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(permitted)
                    .because(module + " may use only its own packages and the api of " + dependencies)
                    .check(production);
        });
    }

    @Test
    void eachWebPlaceUsesOnlyWhatItsModuleMayUse() {
        BUSINESS_MODULES.forEach(module -> webPlaceRule(module).check(production));
    }

    @Test
    void sharedWebPlacesUseOnlyPlatformAndRegistration() {
        sharedWebPlacesRule().check(production);
    }

    /**
     * The demo data set orchestrates every module, so web.demo may use every module's api, and only that: it loads
     * through the facades like a person would. Nothing else depends on it.
     */
    @Test
    void demoPlaceUsesOnlyModuleApisAndNothingUsesIt() {
        demoPlaceRule().check(production);
        noClasses().that().resideOutsideOfPackage(ROOT + ".web.demo..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web.demo..")
                .because("the demo data set is an add-on of the run command, never a dependency of the product")
                .check(production);
    }

    private static ArchRule demoPlaceRule() {
        String[] permitted = Stream.concat(Stream.of(ROOT + ".web.demo..", "java..", "jakarta..", "javax..", "org..",
                        "com..", "io.."),
                        Stream.concat(Stream.of("platform"), BUSINESS_MODULES.stream()).map(m -> ROOT + "." + m + ".api.."))
                .toArray(String[]::new);
        return classes().that().resideInAPackage(ROOT + ".web.demo..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(permitted)
                .because("web.demo loads demo data through the modules' api only");
    }

    @Test
    void entitiesLiveInEntityPackages() {
        entitiesRule().check(production);
    }

    @Test
    void controlIsNeverUsedOutsideItsModule() {
        ALLOWED.keySet().forEach(module -> controlRule(module).check(production));
    }

    @Test
    void beansKeptInTheSessionAreSerializable() {
        replicatedBeansRule().check(production);
    }

    @Test
    void eachRuleFailsOnADeliberateBreach() {
        JavaClasses breaches = new ClassFileImporter().importClasses(BorderViolations.PageUsingAnotherModule.class,
                BorderViolations.PageUsingControl.class, BorderViolations.StrayEntity.class,
                BorderViolations.UnserializablePage.class, BorderViolations.PageWithUnserializableState.class);
        assertThat(webPlaceRule("sessions").evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("PageUsingAnotherModule") && line.contains("monitoring.api.Address"))
                .anyMatch(line -> line.contains("PageUsingControl") && line.contains("registration.control"));
        assertThat(controlRule("registration").evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("PageUsingControl"))
                .noneMatch(line -> line.contains("PageUsingAnotherModule"));
        assertThat(entitiesRule().evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("StrayEntity"));
        assertThat(replicatedBeansRule().evaluate(breaches).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("UnserializablePage"))
                .anyMatch(line -> line.contains("PageWithUnserializableState.model.last") && line.contains("Query"));
        JavaClasses demoBreach = new ClassFileImporter().importClasses(
                nl.arbeidsmigratie.regie.web.demo.DemoPartUsingControl.class);
        assertThat(demoPlaceRule().evaluate(demoBreach).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("DemoPartUsingControl") && line.contains("registration.control"));
    }

    /** A business module's web place: its module's api and what that module may use, plus web's shared places. */
    private static ArchRule webPlaceRule(String module) {
        String[] permitted = Stream.of(
                        Stream.of(ROOT + ".web." + module + "..", "java..", "jakarta..", "javax..", "org..", "com..",
                                "io.."),
                        SHARED_WEB_PLACES.stream().map(place -> ROOT + ".web." + place + ".."),
                        Stream.concat(Stream.of(module), ALLOWED.get(module).stream())
                                .map(used -> ROOT + "." + used + ".api.."))
                .flatMap(s -> s).toArray(String[]::new);
        return classes().that().resideInAPackage(ROOT + ".web." + module + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(permitted)
                .because("web." + module + " shows " + module + ": it uses that module's api and what " + module
                        + " itself may use, never another module's web place");
    }

    private static ArchRule sharedWebPlacesRule() {
        String[] places = SHARED_WEB_PLACES.stream().map(place -> ROOT + ".web." + place + "..").toArray(String[]::new);
        String[] permitted = Stream.concat(Stream.of(places), Stream.of("java..", "jakarta..", "javax..", "org..",
                        "com..", "io..", ROOT + ".platform.api..", ROOT + ".registration.api.."))
                .toArray(String[]::new);
        return classes().that().resideInAnyPackage(places)
                .should().onlyDependOnClassesThat().resideInAnyPackage(permitted)
                .because("shared web plumbing must not tie every page to one business module");
    }

    /** Sessions replicate through the data grid of a cluster, with the page state and the beans they hold. */
    private static ArchRule replicatedBeansRule() {
        return classes().that().areAnnotatedWith("jakarta.faces.view.ViewScoped")
                .or().areAnnotatedWith("jakarta.enterprise.context.SessionScoped")
                .or().areAnnotatedWith("jakarta.enterprise.context.ConversationScoped")
                .should().beAssignableTo(java.io.Serializable.class).andShould(keepOnlySerializableState())
                .because("any instance of a cluster may serve a session's next request (web.xml is distributable)");
    }

    /**
     * Every field a kept bean holds, and every field of the product's classes it holds in turn, is of a serializable
     * type: injected references are the container's (serializable) proxies, and the collection interfaces and
     * {@code Object} are taken on trust, their element types checked where they are declared.
     */
    private static ArchCondition<JavaClass> keepOnlySerializableState() {
        return new ArchCondition<>("keep only serializable state") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                checkFields(bean, bean.getName(), new HashSet<>(), events);
            }

            private void checkFields(JavaClass owner, String path, Set<String> seen, ConditionEvents events) {
                if (!seen.add(owner.getName())) {
                    return;
                }
                for (JavaField field : owner.getAllFields()) {
                    if (!field.getOwner().getName().startsWith(ROOT)
                            || field.getModifiers().contains(JavaModifier.STATIC)
                            || field.getModifiers().contains(JavaModifier.TRANSIENT)
                            || field.isAnnotatedWith("jakarta.inject.Inject")
                            || field.isAnnotatedWith("jakarta.ejb.EJB")) {
                        continue;
                    }
                    String at = path + "." + field.getName();
                    for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                        if (type.isPrimitive() || type.isArray() || type.isEquivalentTo(Object.class)
                                || type.isInterface() && type.getPackageName().startsWith("java.util")
                                || type.isAnnotatedWith("jakarta.ejb.Stateless")) {
                            continue;
                        }
                        if (!type.isAssignableTo(java.io.Serializable.class)) {
                            events.add(SimpleConditionEvent.violated(owner, at + " holds a " + type.getName()
                                    + ", which is not serializable"));
                        } else if (type.getName().startsWith(ROOT)) {
                            checkFields(type, at, seen, events);
                        }
                    }
                }
            }
        };
    }

    private static ArchRule entitiesRule() {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                .or().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
                .should().resideInAPackage("..entity..")
                .because("entities never leave their module, and the entity package is where that is checked");
    }

    private static ArchRule controlRule(String module) {
        return noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + ".control..")
                .because("control is " + module + "'s own logic; others go through its api")
                .allowEmptyShould(true);
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
