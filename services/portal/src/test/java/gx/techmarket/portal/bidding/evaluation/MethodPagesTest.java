package gx.techmarket.portal.bidding.evaluation;

import static gx.techmarket.portal.bidding.evaluation.EvaluationFixtures.CHALLENGE;
import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The 评审办法 editor against a stubbed bidding service: offered only while the method's {@code edit} is listed;
 * weights that do not add up to 100 or a row without its names are errors on their fields, nothing sent; empty rows
 * are ignored.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MethodPagesTest extends PortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String METHOD = "/bidding/challenges/" + CHALLENGE + "/evaluation-method";
    static final String PAGE = "/challenges/" + CHALLENGE + "/evaluation-method";

    @Test
    void shouldShowTheMethodInTheEditorWhileItMayBeEdited() {
        stubs.json("GET", METHOD, 200, EvaluationFixtures.method("edit"));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE, 200, Fixtures.challenge("DRAFT", ENT_GXSUGAR));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE + "/bids", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/challenges/" + CHALLENGE).body())
                .contains("href=\"/challenges/" + CHALLENGE + "/evaluation-method\" data-testid=\"method-edit-link\"");

        Browser.Page editor = browser.get(PAGE);

        assertThat(editor.body()).contains("data-testid=\"method-form\"", "value=\"40\"", "value=\"技术方案\"",
                "value=\"Team\"", "value=\"20\"");
        assertThat(editor.body().split("data-testid=\"method-row\"", -1)).hasSize(5); // two set, two empty rows
    }

    @Test
    void shouldShowNoEditorOnceTheMethodIsFrozen() {
        stubs.json("GET", METHOD, 200, EvaluationFixtures.method());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.body()).contains("data-testid=\"method-criterion\"").doesNotContain("data-testid=\"method-form\"");
    }

    @Test
    void shouldRefuseWeightsThatDoNotAddUpAndRowsWithoutNamesNamingTheField() {
        stubs.json("GET", METHOD, 200, EvaluationFixtures.method("edit"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page sum = browser.post(PAGE, "priceWeight", "40", "nameZh", "技术方案", "nameEn", "Technical plan",
                "weight", "40", "nameZh", "团队能力", "nameEn", "Team", "weight", "10.5", "nameZh", "", "nameEn", "",
                "weight", "");
        assertThat(sum.status()).isEqualTo(400);
        assertThat(sum.body()).contains("data-testid=\"error-criteria\"", "90.5", "value=\"10.5\"");

        Browser.Page unnamed = browser.post(PAGE, "priceWeight", "40", "nameZh", "", "nameEn", "", "weight", "",
                "nameZh", "技术方案", "nameEn", "", "weight", "60");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body()).contains("data-testid=\"error-criteria[0].nameEn\"", "id=\"criteria-0-nameEn\"");
        assertThat(stubs.calls("PUT", METHOD)).isEmpty();
    }

    @Test
    void shouldSendTheKeptRowsAndShowTheServicesRefusal() throws Exception {
        stubs.json("GET", METHOD, 200, EvaluationFixtures.method("edit"));
        stubs.json("PUT", METHOD, 200, EvaluationFixtures.method("edit"));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE, 200, Fixtures.challenge("DRAFT", ENT_GXSUGAR));
        stubs.json("GET", "/bidding/challenges/" + CHALLENGE + "/bids", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page saved = browser.post(PAGE, "priceWeight", "40", "nameZh", "技术方案", "nameEn", "Technical plan",
                "weight", "40", "nameZh", "", "nameEn", "", "weight", "", "nameZh", "团队能力", "nameEn", "Team",
                "weight", "20");
        assertThat(saved.body()).contains("data-testid=\"flash\"");
        JsonNode sent = JSON.readTree(stubs.calls("PUT", METHOD).get(0).body());
        assertThat(sent.get("priceWeight").asText()).isEqualTo("40");
        assertThat(sent.get("criteria")).hasSize(2);
        assertThat(sent.get("criteria").get(1).get("nameEn").asText()).isEqualTo("Team");

        stubs.problem("PUT", METHOD, 409, """
                {"status":409,"code":"EVALUATION_METHOD_FROZEN","title":"Conflict","detail":"榜单已发布，评审办法不能修改。"}""");
        Browser.Page refused = browser.post(PAGE, "priceWeight", "40", "nameZh", "技术方案", "nameEn",
                "Technical plan", "weight", "60");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-code=\"EVALUATION_METHOD_FROZEN\"");
    }
}
