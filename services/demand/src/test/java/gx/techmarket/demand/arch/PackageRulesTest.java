package gx.techmarket.demand.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import gx.techmarket.platform.listing.testing.EndpointRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

@AnalyzeClasses(packages = "gx.techmarket.demand", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** The domain model (entity, lifecycle, content rules) knows nothing of HTTP, Kafka or the outbox. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndMessaging = noClasses()
            .that().haveSimpleNameEndingWith("Status").or().haveSimpleName("Demand").or().haveSimpleName("DemandContent")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..", "gx.techmarket.platform.messaging..",
                    "io.quarkus..", "jakarta.transaction..");

    /** Only resources speak HTTP (and the parameter objects of their queries, {@code @BeanParam}). */
    @ArchTest
    static final ArchRule onlyResourcesUseJaxRs = noClasses().that().haveSimpleNameNotEndingWith("Resource")
            .and().haveSimpleNameNotEndingWith("Parameters")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Every endpoint names who may call it; only the public reads are open. */
    @ArchTest
    static final ArchTests endpoints = ArchTests.in(EndpointRules.class);

    /** Time comes from the injected Clock (tests move it); only its producer, platform/domain's MarketClock, reads the system clock. */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone");

    /** Use cases and persistence stay inside their feature: only the resource and the API records are public. */
    @ArchTest
    static final ArchRule servicesAndRepositoriesArePackagePrivate = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should().bePublic();
}
