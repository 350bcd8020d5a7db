package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A service under load answers 503 {@code SERVICE_BUSY} (problem+json, in the user's language): the user is told the
 * service is busy and to try again, with the action still offered, not shown a generic failure.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ServiceBusyTest extends PortalTest {

    private static final String BUSY = "服务繁忙，请稍后重试（约 1 秒后）。";

    @Test
    void shouldTellTheRegistrarTheRegistryIsBusyAndOfferTheRegistrationAgain() {
        String path = "/registry/contracts/" + Fixtures.CONTRACT_ID;
        stubs.json("GET", path, 200, Fixtures.contract("ACCEPTED", UNI_GXU, ENT_GXSUGAR, "register",
                "return-for-correction"));
        stubs.problem("POST", path + "/register", 503, Fixtures.problem(503, "SERVICE_BUSY", BUSY, null));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        assertThat(browser.get("/contracts/" + Fixtures.CONTRACT_ID).body()).contains("data-testid=\"contract-register\"");

        Browser.Page busy = browser.post("/contracts/" + Fixtures.CONTRACT_ID + "/register", "confirmed", "yes");

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.body()).contains("data-code=\"SERVICE_BUSY\"", BUSY, "data-testid=\"contract-register\"")
                .doesNotContain("Exception", "HTTP 503");
        assertThat(stubs.calls("POST", path + "/register")).hasSize(1);
        assertThat(stubs.calls("POST", path + "/register").get(0).header("Accept-Language")).isEqualTo("zh-CN");
    }

    @Test
    void shouldSayBusyOnAPageWhoseServiceIsBusy() {
        stubs.problem("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 503,
                Fixtures.problem(503, "SERVICE_BUSY", BUSY, null));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);

        Browser.Page page = browser.get("/results/" + Fixtures.RESULT_ID);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("data-code=\"SERVICE_BUSY\"", BUSY).doesNotContain("Exception", "HTTP 503");
    }
}
