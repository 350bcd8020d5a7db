package gx.techmarket.catalogue.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import gx.techmarket.platform.listing.testing.EndpointRules;

@AnalyzeClasses(packages = "gx.techmarket.catalogue", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    /** Search is a capability results use, never the other way round. */
    @ArchTest
    static final ArchRule searchDoesNotKnowResults = noClasses().that().resideInAPackage("..catalogue.search..")
            .should().dependOnClassesThat().resideInAPackage("..catalogue.result..");

    /** The domain model (entity and lifecycle) knows nothing of HTTP or Kafka. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebAndKafka = noClasses()
            .that().haveSimpleNameEndingWith("Status").or().haveSimpleName("Result")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.kafka..",
                    "org.eclipse.microprofile.reactive.messaging..");

    /** Only resources speak HTTP (and the parameter objects of their queries, {@code @BeanParam}). */
    @ArchTest
    static final ArchRule onlyResourcesUseJaxRs = noClasses().that().haveSimpleNameNotEndingWith("Resource")
            .and().haveSimpleNameNotEndingWith("Parameters")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Every endpoint names who may call it; only the public reads are open. */
    @ArchTest
    static final ArchTests endpoints = ArchTests.in(EndpointRules.class);
}
