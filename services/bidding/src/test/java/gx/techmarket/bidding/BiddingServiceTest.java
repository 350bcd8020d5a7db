package gx.techmarket.bidding;

import gx.techmarket.bidding.infra.MutableClock;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;

/**
 * What every test of the running service shares (annotate the subclass {@code @QuarkusTest}): the same test
 * resources, so that one application serves them all, its database and its clock.
 */
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "bidding"),
        scope = TestResourceScope.MATCHING_RESOURCES)
public abstract class BiddingServiceTest {

    @Inject
    protected AgroalDataSource db;

    @Inject
    protected MutableClock clock;

    /** How many rows {@code table} holds. */
    protected long rows(String table) {
        return Db.count(db, "select count(*) from " + table);
    }
}
