package gx.techmarket.notification;

import gx.techmarket.notification.infra.MutableClock;
import gx.techmarket.notification.infra.SmtpMailbox;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;

/** The one application boot every Quarkus test of the module shares: the same resources, the same test clock. */
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = SmtpMailbox.class, scope = TestResourceScope.MATCHING_RESOURCES)
public abstract class NotificationServiceTest {

    @Inject
    protected AgroalDataSource db;

    @Inject
    protected MutableClock clock;

    /** How many rows {@code table} holds. */
    protected long rows(String table) {
        return Db.count(db, "select count(*) from " + table);
    }
}
