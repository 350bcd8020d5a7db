package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The catalogue is down (nobody listens on its port); the other services answer. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, initArgs = @ResourceArg(name = "unreachable", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class DownstreamDownTest extends PortalTest {

    @Test
    void shouldSayTheServiceIsUnavailableInsteadOfAnError() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);

        Browser.Page page = browser.get("/results/" + Fixtures.RESULT_ID);
        Browser.Page english = browser.get("/results/" + Fixtures.RESULT_ID + "?lang=en");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("id=\"service-unavailable\"", "服务暂不可用").doesNotContain("Exception");
        assertThat(english.status()).isEqualTo(503);
        assertThat(english.body()).contains("Service temporarily unavailable");
    }

    @Test
    void shouldKeepTheHomePageWorkingWithoutTheCatalogue() {
        stubs.json("GET", "/subsidy/entitlements/mine", 200,
                Fixtures.page(Fixtures.entitlement(DemoUser.UNI_GXU, "INTERMEDIARY_SUBSIDY", "8000.00")));
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);

        Browser.Page home = browser.get("/home");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<main id=\"home\" data-role=\"university\"",
                "data-testid=\"service-unavailable\">服务暂不可用", "data-testid=\"entitlement-row\"", "8,000.00 元");
    }

    @Test
    void shouldKeepAFormsInputWhenTheServiceIsDown() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);
        browser.get("/results/new");

        Browser.Page page = browser.post("/results", "title", "赤泥综合利用", "summary", "免烧砖", "industry",
                "ALUMINIUM", "maturity", "PILOT", "transferModes", "TRANSFER", "askingPrice", "100", "regionCode",
                "451000");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("服务暂不可用", "value=\"赤泥综合利用\"", ">免烧砖</textarea>");
    }
}
