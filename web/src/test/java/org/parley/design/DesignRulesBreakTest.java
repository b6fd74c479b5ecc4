package org.parley.design;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each design rule fails on a small fixture package (under {@code org.parley.designfixture}) that breaks it, naming
 * the offending class; a clean fixture passes every rule.
 */
class DesignRulesBreakTest {

    private static final String FIXTURES = "org.parley.designfixture.";

    record Broken(String fixture, String offender, Function<DesignRules, ArchRule> rule) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static List<Broken> broken() {
        return List.of(
                new Broken("jainsip", "LeakyCall", DesignRules::jainSipOnlyInConnectorImplementation),
                new Broken("webinternal", "QueuePage", DesignRules::webUsesNoInternalsOrEntities),
                new Broken("webentity", "QueueDto", DesignRules::webUsesNoInternalsOrEntities),
                new Broken("dtodomain", "CallDto", DesignRules::dtosHoldOnlyTheirOwnTypes),
                new Broken("crossfeature", "AgentDesk", DesignRules::featuresUseNoOtherFeaturesInternals),
                new Broken("featureweb", "QueueService", DesignRules::featuresDoNotUseWeb),
                new Broken("cycle", "AgentService", DesignRules::noPackageCycles),
                new Broken("webcycle", "AgentsPage", DesignRules::noPackageCycles));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void ruleFailsOnAFixtureThatBreaksIt(Broken b) {
        String root = FIXTURES + b.fixture();
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        AssertionError e = assertThrows(AssertionError.class, () -> b.rule().apply(DesignRules.under(root))
                .check(classes));
        assertTrue(e.getMessage().contains(b.offender()), e::getMessage);
    }

    @Test
    void cleanFixtureKeepsEveryRule() {
        String root = FIXTURES + "clean";
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        DesignRules rules = DesignRules.under(root);
        rules.jainSipOnlyInConnectorImplementation().check(classes);
        rules.webUsesNoInternalsOrEntities().check(classes);
        rules.dtosHoldOnlyTheirOwnTypes().check(classes);
        rules.featuresUseNoOtherFeaturesInternals().check(classes);
        rules.featuresDoNotUseWeb().check(classes);
        rules.noPackageCycles().check(classes);
    }
}
