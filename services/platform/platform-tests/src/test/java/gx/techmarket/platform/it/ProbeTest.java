package gx.techmarket.platform.it;

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
 * A test of the probe application (the platform's libraries together in one Quarkus application) on the test JVM's
 * real infrastructure, with its own database {@code probe}. Every test of the module says it the same way, so those
 * without a test profile of their own share one application start.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "probe"),
        scope = TestResourceScope.MATCHING_RESOURCES)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProbeTest {}
