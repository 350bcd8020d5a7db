package gx.techmarket.registry.arch;

import com.tngtech.archunit.junit.ArchTests;
import gx.techmarket.platform.testing.ServiceRules;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gx.techmarket.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /**
     * Registration points and the results and demands read models are capabilities contracts use, never the other
     * way round.
     */
    @ArchTest
    static final ArchRule capabilitiesDoNotKnowContracts = noClasses()
            .that().resideInAnyPackage("..registry.registration..", "..registry.result..", "..registry.demand..")
            .should().dependOnClassesThat().resideInAPackage("..registry.contract..");

    /** The two capabilities are independent of each other. */
    @ArchTest
    static final ArchRule registrationDoesNotKnowResults = noClasses().that().resideInAPackage("..registry.registration..")
            .should().dependOnClassesThat().resideInAPackage("..registry.result..");

    /** The domain model (entities, lifecycle, policies) knows nothing of HTTP or Kafka. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndKafka = noClasses()
            .that().haveSimpleNameEndingWith("Status").or().haveSimpleNameEndingWith("Policy")
            .or().haveSimpleName("Contract").or().haveSimpleName("RegistrationNumber").or().haveSimpleName("RuleSets")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);
}
