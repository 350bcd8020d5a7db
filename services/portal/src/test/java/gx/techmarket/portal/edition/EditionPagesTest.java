package gx.techmarket.portal.edition;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published catalogues for a visitor who has not signed in: both kinds, their files, a scope filter. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EditionPagesTest extends PortalTest {

    static String edition(String kind, String name, String scope, String scopeName) {
        String base = "/public/editions/2026-11/" + scope;
        return """
                {"kind": "%s", "period": "2026-11", "periodLabel": "2026年11月", "scope": "%s", "scopeName": "%s",
                 "name": "%s", "itemCount": 37, "generatedAt": "2026-11-30T17:30:00Z",
                 "xlsx": {"url": "%s.xlsx", "sha256": "%s", "size": 12000},
                 "pdf": {"url": "%s.pdf", "sha256": "%s", "size": 90000}}"""
                .formatted(kind, scope, scopeName, name, base, "a".repeat(64), base, "b".repeat(64));
    }

    @Test
    void shouldListBothCataloguesEditionsWithTheirFilesForAnyone() {
        stubs.json("GET", "/catalogue/public/editions", 200, Fixtures.page(edition("RESULTS",
                "百色市可供转化的科技成果目录（2026年11月）", "451000", "百色市")));
        stubs.json("GET", "/demand/public/editions", 200, Fixtures.page());

        Browser.Page page = Browser.open(portal).get("/market/editions?scope=451000");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"editions\"", "百色市可供转化的科技成果目录（2026年11月）",
                "2026年11月", "37 项", "2026-12-01 01:30",
                "href=\"/market/editions/results/2026-11/451000.xlsx\"",
                "href=\"/market/editions/results/2026-11/451000.pdf\"", "data-testid=\"editions-demands-none\"",
                "data-testid=\"nav-editions\"", "<option value=\"451000\" selected>");
        assertThat(stubs.calls("GET", "/catalogue/public/editions")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("scope=451000"));
    }

    @Test
    void shouldIgnoreAScopeThatIsNoCityAndShowTheServicesRefusalOfAFile() {
        stubs.json("GET", "/catalogue/public/editions", 200, Fixtures.page());
        stubs.json("GET", "/demand/public/editions", 200, Fixtures.page());

        Browser.Page page = Browser.open(portal).get("/market/editions?scope=%3Cscript%3E");
        assertThat(page.status()).isEqualTo(200);
        assertThat(stubs.calls("GET", "/catalogue/public/editions")).singleElement()
                .satisfies(call -> assertThat(call.query() == null ? "" : call.query()).doesNotContain("scope"));

        stubs.problem("GET", "/demand/public/editions/2026-11/451000.pdf", 404,
                Fixtures.problem(404, "EDITION_NOT_FOUND", "未找到该期目录", null));
        assertThat(Browser.open(portal).get("/market/editions/demands/2026-11/451000.pdf").status()).isEqualTo(404);
    }

    @Test
    void shouldLetAnOperatorOrderAnEditionAndShowTheServicesRefusalNextToItsField() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);
        assertThat(browser.get("/editions/manage").body()).contains("data-testid=\"edition-form\"",
                "data-testid=\"nav-editions-admin\"");
        stubs.json("POST", "/demand/editions", 201, edition("DEMANDS", "百色市企业技术需求目录（2026年11月）", "451000",
                "百色市"));
        stubs.json("GET", "/catalogue/public/editions", 200, Fixtures.page());
        stubs.json("GET", "/demand/public/editions", 200, Fixtures.page(edition("DEMANDS",
                "百色市企业技术需求目录（2026年11月）", "451000", "百色市")));

        Browser.Page made = browser.post("/editions/manage", "kind", "demands", "period", "2026-11", "scope", "451000");

        assertThat(made.uri().getPath()).isEqualTo("/market/editions");
        assertThat(made.body()).contains("href=\"/market/editions/demands/2026-11/451000.pdf\"");
        assertThat(stubs.calls("POST", "/demand/editions")).singleElement()
                .satisfies(call -> assertThat(call.body()).contains("\"period\":\"2026-11\"", "\"scope\":\"451000\""));
        assertThat(stubs.calls("POST", "/catalogue/editions")).isEmpty();

        stubs.problem("POST", "/catalogue/editions", 400, Fixtures.problem(400, "EDITION_PERIOD_OUT_OF_RANGE",
                "期别须在 2020-01 至本月之间", "[{\"field\":\"period\",\"code\":\"EDITION_PERIOD_OUT_OF_RANGE\","
                        + "\"message\":\"期别须在 2020-01 至本月之间\"}]"));
        Browser.Page refused = browser.post("/editions/manage", "kind", "results", "period", "2099-01", "scope",
                "450000");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-period\"", "期别须在 2020-01 至本月之间",
                "value=\"2099-01\"");
    }
}
