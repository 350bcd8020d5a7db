package gx.techmarket.statistics;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;

/**
 * What every test of the running service shares (annotate the subclass {@code @QuarkusTest}): the same test
 * resources, so that one application serves them all, and its database.
 */
@WithTestResource(value = TechmarketTestResources.class,
        initArgs = @ResourceArg(name = "database", value = "statistics"), scope = TestResourceScope.MATCHING_RESOURCES)
public abstract class StatisticsServiceTest {

    @Inject
    protected AgroalDataSource db;
}
