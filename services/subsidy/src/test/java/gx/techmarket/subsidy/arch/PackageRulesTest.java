package gx.techmarket.subsidy.arch;

import com.tngtech.archunit.junit.ArchTests;
import gx.techmarket.platform.testing.ServiceRules;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gx.techmarket.subsidy", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** The ledger is a capability programmes and entitlements use; it knows neither. */
    @ArchTest
    static final ArchRule ledgerKnowsNoFeature = noClasses().that().resideInAPackage("..subsidy.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("..subsidy.programme..", "..subsidy.entitlement..");

    /** Programmes do not know the entitlements derived under them. */
    @ArchTest
    static final ArchRule programmesDoNotKnowEntitlements = noClasses().that().resideInAPackage("..subsidy.programme..")
            .should().dependOnClassesThat().resideInAPackage("..subsidy.entitlement..");

    /** The rules and the domain model know nothing of HTTP, Kafka or messaging. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndKafka = noClasses()
            .that().haveSimpleNameEndingWith("Status").or().haveSimpleName("Entitlement").or().haveSimpleName("Programme")
            .or().haveSimpleName("ProgrammeTerms").or().haveSimpleName("Assessment").or().haveSimpleName("Posting")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.reactive.messaging..");

    /** The programme rules are plain Java: no persistence, no CDI. */
    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that().haveSimpleName("ProgrammeTerms").or().haveSimpleName("Assessment").or().haveSimpleName("BudgetYear")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
                    "io.quarkus..", "org.hibernate..");

    /** The layering every service keeps: HTTP only in resources, Kafka only in consumers. */
    @ArchTest
    static final ArchTests service = ArchTests.in(ServiceRules.class);
}
