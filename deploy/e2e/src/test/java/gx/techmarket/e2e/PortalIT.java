package gx.techmarket.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every test of the portal in headless Chromium shares: Chromium installed once, the running market, and the
 * test skipped (not failed) when the portal is not built or not selected, the services alone having been started.
 */
@ExtendWith(MarketExtension.class)
abstract class PortalIT {

    protected Market market;
    /** The portal's base URL. */
    protected String portal;

    @BeforeAll
    static void chromium() throws Exception {
        Browser.ensureInstalled();
    }

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        Assumptions.assumeTrue(market.runs(Market.PORTAL), "the portal is not built (services/portal/target/"
                + "quarkus-app/quarkus-run.jar) or not selected; the services alone were started");
        this.portal = market.url(Market.PORTAL);
    }
}
