package gx.techmarket.portal.subsidy.claim;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The claim pages against a stubbed subsidy service: the claimant's claim with its evidence and explanation and only
 * the actions the service grants; the admin's approval asked for confirmation with the amount in words, then sent.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClaimPagesTest extends PortalTest {

    static final String ID = "7c2e4a6b-8d0f-4b1a-9c3e-5f7a9b1d3e60";
    static final String ENTITLEMENT = "4b6d8f0a-2c4e-4a6b-8d0f-1e3a5c7e9b24";

    static String claim(String status, String amount, String actions) {
        return """
                {"id": "%s", "programmeCode": "RESULT_TRANSFORMATION_POST_SUBSIDY", "budgetYear": 2026,
                 "entitlementId": "%s", "kind": "PAYMENT", "registrationNumber": "26450103000123",
                 "beneficiaryUscc": "91450100MA5R8G2K1E", "beneficiaryName": "南宁桂糖糖业有限公司",
                 "beneficiaryRegion": "450100", "approval": "SUB_MARKET", "status": "%s", "amount": %s,
                 "payments": [{"amount": "300000.33", "paidOn": "2026-11-03", "registrationNumber": "26450103000123",
                               "reference": "B20261103-0042"}],
                 "expenses": [],
                 "evidence": [{"id": "0d1f3b5c-7e9a-4c2d-8f4a-6b8c0e2f4a71", "kind": "PAYMENT_VOUCHER",
                               "fileName": "银行回单.pdf", "mediaType": "application/pdf", "size": 1024,
                               "uploadedAt": "2026-11-04T02:00:00Z"}],
                 "note": null, "decisionReason": null, "endReason": null,
                 "explanationText": ["按补助比例计算：累计付款 300000.33 元 × 0.2 = 60000.07 元（四舍五入到分）"],
                 "createdAt": "2026-11-04T01:00:00Z", "submittedAt": "2026-11-04T03:00:00Z", "decidedAt": null,
                 "grantedAt": null, "actions": %s}"""
                .formatted(ID, ENTITLEMENT, status, amount, actions);
    }

    @Test
    void theClaimantSeesPaymentsEvidenceAndExplanationAndOnlyTheActionsTheServiceGrants() {
        stubs.json("GET", "/subsidy/claims/" + ID, 200, claim("SUBMITTED", "null", "[]"));
        Browser.Page page = Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/subsidy/claims/" + ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"claim-detail\"", "300,000.33", "B20261103-0042",
                "银行回单.pdf", "/subsidy/claims/" + ID + "/evidence/0d1f3b5c-7e9a-4c2d-8f4a-6b8c0e2f4a71",
                "60000.07 元（四舍五入到分）");
        assertThat(page.body()).doesNotContain("data-testid=\"claim-submit\"", "data-testid=\"claim-approve\"",
                "data-testid=\"claim-upload-form\"");
    }

    @Test
    void anApprovalIsConfirmedWithItsAmountInWordsBeforeItIsSent() {
        stubs.json("GET", "/subsidy/claims/" + ID, 200,
                claim("SUBMITTED", "\"60000.07\"", "[\"approve\", \"return\", \"reject\"]"));
        stubs.json("POST", "/subsidy/claims/" + ID + "/approve", 200,
                claim("GRANTED", "\"60000.07\"", "[]"));
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(admin.get("/subsidy/claims/" + ID).body()).contains("data-testid=\"claim-approve\"",
                "data-testid=\"claim-reject\"");

        Browser.Page confirm = admin.post("/subsidy/claims/" + ID + "/approve");
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\"", "陆万元零柒分");
        assertThat(stubs.calls("POST", "/subsidy/claims/" + ID + "/approve")).isEmpty();

        admin.post("/subsidy/claims/" + ID + "/approve", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/subsidy/claims/" + ID + "/approve")).hasSize(1);
    }

    @Test
    void aReturnNeedsItsReason() {
        stubs.json("GET", "/subsidy/claims/" + ID, 200,
                claim("SUBMITTED", "null", "[\"approve\", \"return\", \"reject\"]"));
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        admin.get("/subsidy/claims/" + ID);
        Browser.Page refused = admin.post("/subsidy/claims/" + ID + "/return", "reason", " ");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(stubs.calls("POST", "/subsidy/claims/" + ID + "/return")).isEmpty();
    }
}
