package gx.techmarket.directory.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import gx.techmarket.platform.listing.testing.EndpointRules;
import gx.techmarket.platform.testing.ServiceRules;

@AnalyzeClasses(packages = "gx.techmarket.directory", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** The seed uses the organisations' use cases; they know nothing of it. */
    @ArchTest
    static final ArchRule organisationsDoNotKnowTheSeed = noClasses()
            .that().resideInAPackage("..directory.organisation..")
            .should().dependOnClassesThat().resideInAPackage("..directory.seed..");

    /** The rules are plain Java: no HTTP, Kafka, database or messaging library. */
    @ArchTest
    static final ArchRule rulesArePlain = noClasses()
            .that().haveSimpleName("QualificationRules").or().haveSimpleName("GroupTree").or()
            .haveSimpleName("OrganisationStatus")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "org.apache.kafka..", "gx.techmarket.platform.messaging..", "io.quarkus..");

    /** Only DirectoryEvents writes to the outbox: one place says what is published. */
    @ArchTest
    static final ArchRule onlyDirectoryEventsPublishes = noClasses().that().doNotHaveSimpleName("DirectoryEvents")
            .should().dependOnClassesThat().resideInAPackage("gx.techmarket.platform.messaging..");

    /** Time comes from the injected Clock (MarketClock's unless a test brings its own): never the system clock. */
    @ArchTest
    static final ArchRule noSystemClockInTheService = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.LocalDate.class, "now");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);

    /** Every endpoint names who may call it; only the public reads are open. */
    @ArchTest
    static final ArchTests endpoints = ArchTests.in(EndpointRules.class);
}
