package org.parley.design;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Parley's own code (ejb, web, the connector API) keeps the design rules: the build fails otherwise. */
@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class DesignRulesTest {

    private static final DesignRules PARLEY = DesignRules.under("org.parley");

    @ArchTest
    static final ArchRule jainSip = PARLEY.jainSipOnlyInConnectorImplementation();

    @ArchTest
    static final ArchRule web = PARLEY.webUsesNoInternalsOrEntities();

    @ArchTest
    static final ArchRule dtos = PARLEY.dtosHoldOnlyTheirOwnTypes();

    @ArchTest
    static final ArchRule internals = PARLEY.featuresUseNoOtherFeaturesInternals();

    @ArchTest
    static final ArchRule noWeb = PARLEY.featuresDoNotUseWeb();

    @ArchTest
    static final ArchRule cycles = PARLEY.noPackageCycles();
}
