package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 机构入驻 in the portal: 注册 on the public pages leads to Keycloak's registration, a signed-in user without
 * organisation is led to its application instead of pages that would refuse it, the admin's queue and an
 * application's page with 核验通过 and 驳回, an irreversible step confirmed first.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OnboardingPagesTest extends PortalTest {

    /** Signed up, no organisation yet: its token has no org_id and no role. */
    static final DemoUser NEWCOMER = new DemoUser("zhang.wei", List.of(), null, null, null, null, null);

    static final String APPLICATION = """
            {"id":"0b7f3c52-8f0e-4c1e-9d55-0c1f8e3c2a11","uscc":"91451002MA5TEST01X","name":"百色芒果科技有限公司",
             "nameEn":null,"kind":"ENTERPRISE","region":"451002","regionName":"右江区","parentUscc":null,
             "contactName":"张伟","contactPhone":"0776-2812345","applicantUsername":"zhang.wei","applicantName":"张伟",
             "applicantEmail":"zhang.wei@example.cn","status":"PENDING","filedAt":"2026-12-05T05:00:00Z",
             "decidedAt":null,"rejectionReason":null,
             "documents":[{"id":"5a0d6c8e-6f4b-4d3a-8a0c-2f3b1e9d7c10","fileName":"营业执照.pdf",
                           "contentType":"application/pdf","size":1234,"sha256":"%s"}],
             "actions":[%s]}""";

    @Test
    void thePublicPagesOfferRegistrationWhichOpensKeycloaksRegistrationForm() throws Exception {
        Browser anonymous = Browser.open(portal);
        assertThat(anonymous.get("/").body()).contains("href=\"/sign-up\" data-testid=\"header-sign-up\"");
        HttpResponse<String> toKeycloak = anonymous.getWithoutRedirects("/sign-up");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        assertThat(toKeycloak.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak.issuer()).contains("prompt=create");
    }

    @Test
    void aUserWithoutOrganisationIsLedToItsApplication() {
        stubs.json("GET", "/directory/applications/mine", 200, "{\"membership\":null,\"applications\":[]}");
        Browser newcomer = Browser.open(portal);
        keycloak.signInNext(NEWCOMER);

        Browser.Page page = newcomer.get("/home");

        assertThat(page.uri().getPath()).isEqualTo("/onboarding");
        assertThat(page.body()).contains("data-testid=\"onboarding-intro\"", "data-testid=\"onboarding-form\"",
                "enctype=\"multipart/form-data\"", "name=\"documents\" multiple");
    }

    @Test
    void aRejectedApplicantSeesTheReasonAndMayApplyAgain() {
        Browser newcomer = Browser.open(portal);
        keycloak.signInNext(NEWCOMER);
        stubs.json("GET", "/directory/applications/mine", 200, "{\"membership\":null,\"applications\":["
                + APPLICATION.formatted("0".repeat(64), "").replace("\"PENDING\"", "\"REJECTED\"")
                        .replace("\"rejectionReason\":null", "\"rejectionReason\":\"营业执照模糊\"") + "]}");

        Browser.Page page = newcomer.get("/onboarding");

        assertThat(page.body()).contains("营业执照模糊", "data-testid=\"onboarding-form\"");
    }

    @Test
    void theAdminVerifiesAnApplicationOnlyOnceItConfirmed() {
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        String id = "0b7f3c52-8f0e-4c1e-9d55-0c1f8e3c2a11";
        stubs.json("GET", "/directory/applications", 200, "{\"items\":[{\"id\":\"" + id + "\",\"uscc\":\"91451002MA5TEST01X\","
                + "\"name\":\"百色芒果科技有限公司\",\"kind\":\"ENTERPRISE\",\"region\":\"451002\",\"regionName\":\"右江区\","
                + "\"applicantName\":\"张伟\",\"status\":\"PENDING\",\"filedAt\":\"2026-12-05T05:00:00Z\"}],"
                + "\"total\":1,\"page\":0,\"size\":20}");
        stubs.json("GET", "/directory/applications/" + id, 200,
                APPLICATION.formatted("0".repeat(64), "\"verify\",\"reject\""));

        assertThat(admin.get("/onboarding/queue").body()).contains("data-testid=\"onboarding-queue-row\"", "百色芒果科技有限公司");
        Browser.Page detail = admin.get("/onboarding/applications/" + id);
        assertThat(detail.body()).contains("营业执照.pdf", "data-testid=\"application-verify\"",
                "data-testid=\"application-reject\"");

        stubs.json("POST", "/directory/applications/" + id + "/verify", 200,
                APPLICATION.formatted("0".repeat(64), "").replace("\"PENDING\"", "\"VERIFIED\""));
        Browser.Page confirm = admin.post("/onboarding/applications/" + id + "/verify");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"");
        assertThat(stubs.calls("POST", "/directory/applications/" + id + "/verify")).isEmpty();

        Browser.Page done = admin.post("/onboarding/applications/" + id + "/verify", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/directory/applications/" + id + "/verify")).hasSize(1);
        assertThat(done.uri().getPath()).isEqualTo("/onboarding/queue");
    }
}
