package gx.techmarket.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal's package rules: shared web infrastructure knows no feature; money is never a binary float. */
@AnalyzeClasses(packages = "gx.techmarket.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    @ArchTest
    static final ArchRule webKnowsNoFeature = noClasses().that().resideInAPackage("gx.techmarket.portal.web..")
            .should().dependOnClassesThat().resideInAnyPackage("gx.techmarket.portal.catalogue..",
                    "gx.techmarket.portal.demand..", "gx.techmarket.portal.bidding..",
                    "gx.techmarket.portal.registry..", "gx.techmarket.portal.subsidy..", "gx.techmarket.portal.home..",
                    "gx.techmarket.portal.directory..", "gx.techmarket.portal.notification..");

    @ArchTest
    static final ArchRule onlyTheHomePageGathersFeatures = noClasses().that()
            .resideOutsideOfPackage("gx.techmarket.portal.home..").should().dependOnClassesThat()
            .resideInAPackage("gx.techmarket.portal.home..");

    @ArchTest
    static final ArchRule noDoubleFields = noFields().should().haveRawType(double.class).orShould()
            .haveRawType(Double.class).orShould().haveRawType(float.class).orShould().haveRawType(Float.class);

    @ArchTest
    static final ArchRule noDoubleResults = noMethods().should().haveRawReturnType(double.class).orShould()
            .haveRawReturnType(Double.class).orShould().haveRawReturnType(float.class).orShould()
            .haveRawReturnType(Float.class);
}
