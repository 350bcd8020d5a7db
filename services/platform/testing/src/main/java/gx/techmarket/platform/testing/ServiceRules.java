package gx.techmarket.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every service keeps (docs/architecture.md): HTTP only in resources, Kafka only in consumers, which go
 * through the platform's inbox. A service's own package rules include these with
 * {@code @ArchTest static final ArchTests service = ArchTests.in(ServiceRules.class);}.
 */
public final class ServiceRules {

    private ServiceRules() {}

    /** Only resources speak HTTP. */
    @ArchTest
    public static final ArchRule onlyResourcesUseJaxRs = noClasses().that().haveSimpleNameNotEndingWith("Resource")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Only consumers read Kafka. */
    @ArchTest
    public static final ArchRule onlyConsumersUseMessaging = noClasses().that().haveSimpleNameNotEndingWith("Consumer")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.microprofile.reactive.messaging..",
                    "io.smallrye.reactive.messaging..", "org.apache.kafka..");
}
