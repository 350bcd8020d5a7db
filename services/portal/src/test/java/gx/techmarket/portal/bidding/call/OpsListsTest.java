package gx.techmarket.portal.bidding.call;

import static gx.techmarket.portal.bidding.call.OpsFixtures.CALL_ID;
import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * No list of these pages lies: each shows "1–20 / 37" and the way on when the service answers 20 rows of 37, and
 * asks the service for the page the pager links to. English pages render as well as Chinese ones.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OpsListsTest extends PortalTest {

    static final String RANGE = "data-testid=\"pager-range\">1–20 / 37<";

    @Test
    void shouldPageTheOperatorsLists() {
        stubs.json("GET", "/bidding/calls", 200, longer(OpsFixtures.call("DRAFT")));
        stubs.json("GET", "/bidding/challenges/submitted", 200,
                longer(OpsFixtures.challenge(OpsFixtures.CHALLENGE_ID, "SUBMITTED", null, "review")));
        stubs.json("GET", "/bidding/calls/" + CALL_ID, 200, OpsFixtures.call("PUBLISHED"));
        stubs.json("GET", "/bidding/calls/" + CALL_ID + "/challenges", 200,
                longer(OpsFixtures.challenge(OpsFixtures.CHALLENGE_ID, "PUBLISHED", null)));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        assertThat(browser.get("/calls").body()).contains(RANGE, "data-testid=\"call-row\"");
        assertThat(browser.get("/proposals/queue?page=1").body()).contains("data-testid=\"review-row\"",
                "data-testid=\"pager\"");
        assertThat(stubs.calls("GET", "/bidding/challenges/submitted")).anySatisfy(
                call -> assertThat(call.query()).contains("page=1"));
        assertThat(browser.get("/calls/" + CALL_ID).body()).contains(RANGE, "data-testid=\"call-challenge-row\"");
    }

    @Test
    void shouldPageTheProposersAndThePublicLists() {
        stubs.json("GET", "/bidding/challenges/proposed", 200,
                longer(OpsFixtures.challenge(OpsFixtures.CHALLENGE_ID, "DRAFT", null, "edit")));
        stubs.json("GET", "/bidding/public/calls", 200, longer(OpsFixtures.call("PUBLISHED")));
        stubs.json("GET", "/bidding/public/calls/" + CALL_ID, 200, OpsFixtures.call("PUBLISHED"));
        stubs.json("GET", "/bidding/public/calls/" + CALL_ID + "/challenges", 200,
                longer(OpsFixtures.challenge(OpsFixtures.CHALLENGE_ID, "PUBLISHED", null)));

        assertThat(Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/proposals").body())
                .contains(RANGE, "data-testid=\"proposal-row\"");
        Browser visitor = Browser.open(portal);
        assertThat(visitor.get("/market/calls").body()).contains(RANGE);
        Browser.Page english = visitor.get("/market/calls/" + CALL_ID + "?lang=en");
        assertThat(english.body()).contains(RANGE, "Province support share", "12.5 %", "5 days",
                "data-testid=\"public-challenge-row\"");
    }

    private static String longer(String item) {
        return Fixtures.page(37, 0, 20, Collections.nCopies(20, item).toArray(String[]::new));
    }
}
