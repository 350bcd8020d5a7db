package gx.techmarket.subsidy;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the running service on the test JVM's real infrastructure, with its own database {@code subsidy}. Every
 * Quarkus test of the module says it the same way, so all of them share one application start.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "subsidy"),
        scope = TestResourceScope.MATCHING_RESOURCES)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SubsidyTest {}
