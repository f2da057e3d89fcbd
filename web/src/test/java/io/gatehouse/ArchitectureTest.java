package io.gatehouse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.gatehouse.command.CommandRefusedException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import java.net.URL;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module boundaries the build cannot enforce on its own, checked on the compiled production classes. */
class ArchitectureTest {

    private static final String EVENTS_ACCOUNT = "io.gatehouse.account..";
    private static final String EVENTS_DOCUMENT = "io.gatehouse.document..";
    private static final String EVENTS_SIGNIN = "io.gatehouse.signin..";
    private static final String EVENTS_RECORD = "io.gatehouse.record..";
    private static final String EVENTS_PERSONAL = "io.gatehouse.personal..";
    private static final String COMMAND = "io.gatehouse.command..";
    private static final String QUERY = "io.gatehouse.query..";
    private static final String WEB = "io.gatehouse.web..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gatehouse");
        // A guard against a silently empty import, which would make every rule below pass.
        assertThat(classes.containPackage("io.gatehouse.command.document")).isTrue();
        assertThat(classes.containPackage("io.gatehouse.query.document")).isTrue();
        assertThat(classes.containPackage("io.gatehouse.web.sponsor")).isTrue();
        assertThat(classes.containPackage("io.gatehouse.document")).isTrue();
        assertThat(classes.stream().map(JavaClass::getName)).noneMatch(name -> name.endsWith("Test"));
    }

    @Test
    void command_side_does_not_depend_on_query_side() {
        noClasses().that().resideInAPackage(COMMAND)
                .should().dependOnClassesThat().resideInAPackage(QUERY)
                .check(classes);
    }

    @Test
    void query_side_does_not_depend_on_command_side() {
        noClasses().that().resideInAPackage(QUERY)
                .should().dependOnClassesThat().resideInAPackage(COMMAND)
                .check(classes);
    }

    @Test
    void neither_side_depends_on_the_web_module() {
        noClasses().that().resideInAnyPackage(COMMAND, QUERY, EVENTS_ACCOUNT, EVENTS_DOCUMENT, EVENTS_SIGNIN, EVENTS_RECORD)
                .should().dependOnClassesThat().resideInAPackage(WEB)
                .orShould().dependOnClassesThat().belongToAnyOf(GatehouseApplication.class)
                .check(classes);
    }

    @Test
    void events_schema_depends_on_neither_spring_nor_the_other_modules() {
        // Upcasters and the personal-data serializer work on stored JSON trees, so they may use Jackson's.
        classes().that().resideInAnyPackage(EVENTS_ACCOUNT, EVENTS_DOCUMENT, EVENTS_SIGNIN, EVENTS_RECORD,
                        EVENTS_PERSONAL)
                .and().haveSimpleNameNotEndingWith("Upcaster")
                .and().haveSimpleNameNotEndingWith("Serializer")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.axonframework..", EVENTS_ACCOUNT, EVENTS_DOCUMENT, EVENTS_SIGNIN,
                        EVENTS_RECORD, EVENTS_PERSONAL)
                .check(classes);
    }

    @Test
    void events_schema_holds_no_spring_or_persistence_annotations() {
        noClasses().that().resideInAnyPackage(EVENTS_ACCOUNT, EVENTS_DOCUMENT, EVENTS_SIGNIN, EVENTS_RECORD,
                        EVENTS_PERSONAL)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "com.fasterxml..", "tools.jackson.databind.annotation..", "tools.jackson.annotation..",
                        "com.thoughtworks..")
                .check(classes);
    }

    /** Upcasters rewrite the stored JSON tree, which is all they may know of Jackson. */
    @Test
    void upcasters_touch_only_the_json_tree() {
        classes().that().resideInAnyPackage(EVENTS_ACCOUNT, EVENTS_DOCUMENT, EVENTS_SIGNIN, EVENTS_RECORD)
                .and().haveSimpleNameEndingWith("Upcaster")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.axonframework..", "tools.jackson.databind..", EVENTS_ACCOUNT,
                        EVENTS_DOCUMENT, EVENTS_SIGNIN, EVENTS_RECORD)
                .check(classes);
    }

    @Test
    void web_controllers_are_package_private() {
        // the stereotype annotations themselves (io.gatehouse.web.api.ApiController) are public, to be used
        // (ArchUnit reads and/or left to right)
        classes().that().areAnnotatedWith(Controller.class)
                .or().areMetaAnnotatedWith(Controller.class)
                .or().areAnnotatedWith(ControllerAdvice.class)
                .or().areMetaAnnotatedWith(ControllerAdvice.class)
                .and().areNotAnnotations()
                .should().bePackagePrivate()
                .andShould().resideInAPackage(WEB)
                .check(classes);
    }

    @Test
    void aggregates_live_in_the_command_module() {
        classes().that().areAnnotatedWith(AggregateRoot.class)
                .or().areMetaAnnotatedWith(AggregateRoot.class)
                .should().resideInAPackage(COMMAND)
                .andShould(comeFromTheSameArtifactAs(CommandRefusedException.class))
                .check(classes);
    }

    @Test
    void aggregate_state_is_only_in_aggregates_of_the_command_module() {
        classes().that().containAnyFieldsThat(annotatedWith(AggregateIdentifier.class))
                .should().resideInAPackage(COMMAND)
                .andShould().beAnnotatedWith(Aggregate.class)
                .check(classes);
    }

    @Test
    void no_xstream_on_the_classpath() {
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    /** The class file comes from the same jar or classes directory as {@code marker}: the same module. */
    private static ArchCondition<JavaClass> comeFromTheSameArtifactAs(Class<?> marker) {
        URL module = marker.getProtectionDomain().getCodeSource().getLocation();
        return new ArchCondition<>("come from the module of " + marker.getSimpleName() + " (" + module + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                URL location = item.reflect().getProtectionDomain().getCodeSource().getLocation();
                boolean same = module.equals(location);
                events.add(new SimpleConditionEvent(item, same,
                        item.getName() + " comes from " + location + ", not from " + module));
            }
        };
    }
}
