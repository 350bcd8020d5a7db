package gx.techmarket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AccessTest extends PortalTest {

    @ParameterizedTest
    @CsvSource({
        "EXPERT_GXAS, /results/new",
        "BROKER_GXTTC, /demands/new",
        "UNI_GXU, /demands/new",
        "UNI_GXU, /challenges/new",
        "ENT_GXSUGAR, /contracts/new",
        "EXPERT_GXAS, /contracts/" + Fixtures.CONTRACT_ID,
        "EXPERT_GXAS, /registrations/queue",
    })
    void shouldRefuseAPageOfAnotherRole(String user, String path) throws Exception {
        DemoUser who = (DemoUser) DemoUser.class.getField(user).get(null);
        Browser browser = Browser.signedIn(portal, keycloak, who);
        stubs.reset();

        Browser.Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"forbidden\"", "无权访问");
        assertThat(stubs.pageCalls()).isEmpty();
    }

    @Test
    void shouldRefuseAnActionOfAnotherRoleBeforeCallingTheService() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.UNI_GXU);
        browser.get("/home");

        Browser.Page page = browser.post("/results/" + Fixtures.RESULT_ID + "/approve");

        assertThat(page.status()).isEqualTo(403);
        assertThat(stubs.calls("POST", "/catalogue/results/" + Fixtures.RESULT_ID + "/approve")).isEmpty();
    }

    @Test
    void shouldShowTheServicesNotFoundOnADetailPage() {
        stubs.problem("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 404,
                Fixtures.problem(404, "RESULT_NOT_FOUND", "科技成果不存在", null));
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.EXPERT_GXAS);

        Browser.Page page = browser.get("/results/" + Fixtures.RESULT_ID);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("data-code=\"RESULT_NOT_FOUND\"", "科技成果不存在", "id=\"sign-out\"");
    }

    @Test
    void shouldLetEverySignedInUserSearchTheCatalogueInChinese() {
        stubs.json("GET", "/catalogue/results", 200,
                "{\"items\":[" + Fixtures.result("PUBLISHED", DemoUser.UNI_GXU) + "],\"total\":1,\"page\":0,\"size\":20}");
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.EXPERT_GXAS);

        Browser.Page found = browser.get("/results?q=%E8%B5%A4%E6%B3%A5&industry=ALUMINIUM");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("data-testid=\"result-row\" data-id=\"" + Fixtures.RESULT_ID + "\"",
                "value=\"赤泥\"", "共 1 条");
        List<ServiceStubs.Call> searches = stubs.calls("GET", "/catalogue/results");
        assertThat(searches.get(searches.size() - 1).query())
                .contains("q=%E8%B5%A4%E6%B3%A5", "industry=ALUMINIUM", "size=20").doesNotContain("region=");
    }
}
