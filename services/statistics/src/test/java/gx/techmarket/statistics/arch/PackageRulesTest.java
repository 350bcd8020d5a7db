package gx.techmarket.statistics.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import gx.techmarket.platform.testing.ServiceRules;

@AnalyzeClasses(packages = "gx.techmarket.statistics", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** The facts are written only from events: the figures read them and never write a fact. */
    @ArchTest
    static final ArchRule figuresDoNotWriteFacts = noClasses().that().resideInAPackage("..statistics.figures..")
            .should().dependOnClassesThat().haveSimpleName("Facts");

    /** Time comes from the injected Clock (MarketClock's): never the system clock. */
    @ArchTest
    static final ArchRule noSystemClockInTheService = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);
}
