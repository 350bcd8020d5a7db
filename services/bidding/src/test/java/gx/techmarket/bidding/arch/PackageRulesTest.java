package gx.techmarket.bidding.arch;

import com.tngtech.archunit.junit.ArchTests;
import gx.techmarket.platform.testing.ServiceRules;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gx.techmarket.bidding", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** The demand read model is fed by events and knows nothing of the challenges made from it. */
    @ArchTest
    static final ArchRule demandsDoNotKnowChallenges = noClasses().that().resideInAPackage("..bidding.demand..")
            .should().dependOnClassesThat().resideInAPackage("..bidding.challenge..");

    /** Challenges read demands only through the read model's public face, never its repository or consumer. */
    @ArchTest
    static final ArchRule challengesUseOnlyThePublicFaceOfDemands = noClasses()
            .that().resideInAPackage("..bidding.challenge..")
            .should().dependOnClassesThat(resideInAPackage("..bidding.demand..")
                    .and(DescribedPredicate.not(simpleName("KnownDemand").or(simpleName("KnownDemands"))
                            .or(simpleName("ChallengedDemands")))));

    /** The domain model (entities, lifecycles, rules) knows nothing of HTTP, Kafka or the messaging library. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndKafka = noClasses()
            .that().haveSimpleNameEndingWith("Status").or().haveSimpleName("Challenge").or().haveSimpleName("Bid")
            .or().haveSimpleName("BiddingPolicy").or().haveSimpleName("KnownDemand")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..", "gx.techmarket.platform.messaging..");

    /** Time comes from the injected Clock (MarketClock's unless a test brings its own): never the system clock. */
    @ArchTest
    static final ArchRule noSystemClockInTheService = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);
}
