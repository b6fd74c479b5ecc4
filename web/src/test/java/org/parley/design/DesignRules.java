package org.parley.design;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parley's design rules (DESIGN.md, "Features" and "Maven modules") as ArchUnit rules, for the code under one root
 * package: {@code org.parley} for Parley itself, a fixture package in {@link DesignRulesBreakTest} to show that each
 * rule fails when broken. A feature is a package right below the root ({@code org.parley.queue}); {@code web} holds
 * the console and the REST API, {@code sipconnector.jain} the connector implementation.
 */
final class DesignRules {

    private final String root;

    private DesignRules(String root) {
        this.root = root;
    }

    static DesignRules under(String root) {
        return new DesignRules(root);
    }

    /** Only the connector implementation touches JAIN-SIP. */
    ArchRule jainSipOnlyInConnectorImplementation() {
        return noClasses().that().resideOutsideOfPackage(root + ".sipconnector.jain..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.sip..", "gov.nist..")
                .as("nothing outside the connector implementation uses javax.sip or gov.nist");
    }

    /** The web layer sees services, views and DTOs: no implementation, no repository, no entity. */
    ArchRule webUsesNoInternalsOrEntities() {
        return noClasses().that().resideInAPackage(root + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".*.internal..", root + ".*.jpa..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
                .orShould(dependOnClassesNestedInEntities())
                .as("web uses no internal or jpa package and no entity");
    }

    /** web's DTOs (and the classes nested in them) show only their own types and the JDK's: no domain type leaks. */
    ArchRule dtosHoldOnlyTheirOwnTypes() {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(root + ".web..")
                .and().areDeclaredInClassesThat().haveNameMatching(".*Dto.*")
                .should(holdOnlyWebOrJdkTypes())
                .as("web's DTOs hold only web and JDK types");
    }

    /** A feature uses another only through its public interfaces: never its internal or jpa package. */
    ArchRule featuresUseNoOtherFeaturesInternals() {
        return noClasses().that().resideInAPackage(root + "..")
                .should(useAnotherFeaturesInternals())
                .as("no feature uses another feature's internal or jpa package");
    }

    /** The features serve the web layer, never the other way round. */
    ArchRule featuresDoNotUseWeb() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".web..")
                .should().dependOnClassesThat().resideInAPackage(root + ".web..")
                .as("no feature uses web");
    }

    /** No cycles between packages: not between features, nor between the packages inside one. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().as("no cycles between packages");
    }

    private Optional<String> featureOf(String packageName) {
        Matcher m = Pattern.compile(Pattern.quote(root) + "\\.([a-z0-9_]+)(\\..*)?").matcher(packageName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private boolean isInternal(String packageName) {
        return packageName.matches(Pattern.quote(root) + "\\.[a-z0-9_]+\\.(internal|jpa)(\\..*)?");
    }

    private ArchCondition<JavaClass> useAnotherFeaturesInternals() {
        return new ArchCondition<>("use another feature's internal or jpa package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = featureOf(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (isInternal(target) && !featureOf(target).equals(own)) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaField> holdOnlyWebOrJdkTypes() {
        return new ArchCondition<>("hold only web or JDK types") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    String p = base.getPackageName();
                    if (!base.isPrimitive() && !p.startsWith("java.") && !p.equals(root + ".web")
                            && !p.startsWith(root + ".web.")) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds "
                                + base.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnClassesNestedInEntities() {
        return new ArchCondition<>("depend on classes nested in entities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    Optional<JavaClass> enclosing = d.getTargetClass().getEnclosingClass();
                    if (enclosing.filter(e -> e.isAnnotatedWith(Entity.class)
                            || e.isAnnotatedWith(Embeddable.class)).isPresent()) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
