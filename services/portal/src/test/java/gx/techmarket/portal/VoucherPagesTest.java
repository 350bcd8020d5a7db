package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
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
 * 创新券 pages: the holder's provider choice and the provider's redemption form appear exactly when the voucher's
 * {@code actions} list them; a redemption is confirmed first (with its amounts), then sent as the service expects;
 * the admin's rounds show their totals.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class VoucherPagesTest extends PortalTest {

    static final String VOUCHER_ID = "5a3f0c1e-7b2d-4e8a-9c61-2f4d8b0e1a77";
    static final String ROUND_ID = "0d7e2b94-3c51-4f0a-8e6b-91a2c4d5e6f7";

    private static String voucher(String status, String provider, String... actions) {
        String listed = actions.length == 0 ? "" : "\"" + String.join("\",\"", actions) + "\"";
        return """
                {"id":"%s","roundId":"%s","roundName":"2026年第一批科技创新券","programmeCode":"INNOVATION_VOUCHER",
                 "budgetYear":2026,"mode":"TONGDUI","faceValue":"20000.00","feeShare":"0.5","expiresOn":"2027-03-31",
                 "status":"%s","holder":{"uscc":"91450100MA5K3B2L5H","name":"广西桂糖集团有限公司","region":"450100"},
                 "qualificationNumber":"20254501000077","issuedAt":"2026-12-05T02:00:00Z",
                 "issueEntryId":"6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b",%s"redemption":null,"expiredAt":null,
                 "expiryEntryId":null,"actions":[%s]}"""
                .formatted(VOUCHER_ID, ROUND_ID, status, provider == null ? "\"provider\":null,"
                        : "\"provider\":{\"uscc\":\"91450100MA5P2D9E7A\",\"name\":\"" + provider
                                + "\",\"region\":\"450100\"},", listed);
    }

    private static final String PROVIDERS = """
            [{"uscc":"91450100MA5P2D9E7A","name":"广西技术转移中心有限公司","region":"450100",
              "qualificationNumber":"CXQ-450100-007","validTo":null},
             {"uscc":"124501004985024102","name":"广西大学","region":"450100","qualificationNumber":"CXQ-450100-001",
              "validTo":"2028-12-31"}]""";

    @Test
    void theHolderChoosesAProviderFromTheQualifiedOnesOnlyWhenTheVoucherSaysSo() {
        stubs.json("GET", "/subsidy/vouchers/" + VOUCHER_ID, 200, voucher("ISSUED", null, "chooseProvider"));
        stubs.json("GET", "/subsidy/vouchers/providers", 200, PROVIDERS);
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        Browser.Page shown = browser.get("/vouchers/" + VOUCHER_ID);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("data-testid=\"voucher-provider-form\"").contains("广西大学")
                .doesNotContain("data-testid=\"voucher-redemption-form\"");

        stubs.json("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/provider", 200,
                voucher("ISSUED", "广西技术转移中心有限公司", "chooseProvider"));
        Browser.Page after = browser.post("/vouchers/" + VOUCHER_ID + "/provider", "providerUscc",
                "91450100MA5P2D9E7A");
        assertThat(after.status()).isEqualTo(200);
        assertThat(stubs.calls("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/provider")).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("{\"providerUscc\":\"91450100MA5P2D9E7A\"}"));

        stubs.json("GET", "/subsidy/vouchers/" + VOUCHER_ID, 200, voucher("ISSUED", "广西技术转移中心有限公司"));
        assertThat(browser.get("/vouchers/" + VOUCHER_ID).body())
                .doesNotContain("data-testid=\"voucher-provider-form\"")
                .doesNotContain("data-testid=\"voucher-redemption-form\"");
    }

    @Test
    void theProviderRedeemsOnlyOnceConfirmedAndSendsTheEvidenceAsTyped() {
        stubs.json("GET", "/subsidy/vouchers/" + VOUCHER_ID, 200,
                voucher("ISSUED", "广西技术转移中心有限公司", "redeem"));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        assertThat(browser.get("/vouchers/" + VOUCHER_ID).body()).contains("data-testid=\"voucher-redemption-form\"");

        Browser.Page confirm = browser.post("/vouchers/" + VOUCHER_ID + "/redemption", "registrationNumber",
                "26450103000123", "fee", "30,000.01", "paidOn", "2026-12-04", "paymentReference", "回单 2026120400017");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("26450103000123").contains("name=\"confirmed\"");
        assertThat(stubs.calls("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/redemption")).isEmpty();

        stubs.json("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/redemption", 200,
                voucher("REDEEMED", "广西技术转移中心有限公司"));
        browser.post("/vouchers/" + VOUCHER_ID + "/redemption", "registrationNumber", "26450103000123", "fee",
                "30,000.01", "paidOn", "2026-12-04", "paymentReference", "回单 2026120400017", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/redemption")).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("\"registrationNumber\":\"26450103000123\"")
                        .contains("\"fee\":\"30000.01\"").contains("\"paidOn\":\"2026-12-04\""));
    }

    @Test
    void aBadDateIsRefusedByThePortalWithoutCallingTheService() {
        stubs.json("GET", "/subsidy/vouchers/" + VOUCHER_ID, 200,
                voucher("ISSUED", "广西技术转移中心有限公司", "redeem"));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        browser.get("/vouchers/" + VOUCHER_ID);
        Browser.Page refused = browser.post("/vouchers/" + VOUCHER_ID + "/redemption", "registrationNumber",
                "26450103000123", "fee", "30000.001", "paidOn", "2026-02-30", "paymentReference", "回单");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(stubs.calls("POST", "/subsidy/vouchers/" + VOUCHER_ID + "/redemption")).isEmpty();
    }

    @Test
    void theAdminSeesTheRoundsWithTheirTotals() {
        stubs.json("GET", "/subsidy/voucher-rounds", 200, """
                {"items":[{"id":"%s","programmeCode":"INNOVATION_VOUCHER","budgetYear":2026,
                  "name":"2026年第一批科技创新券","faceValue":"20000.00","mode":"TONGYONG","feeShare":"0.5",
                  "applyFrom":"2026-12-01","applyTo":"2026-12-31","expiresOn":"2027-03-31",
                  "eligibleQualification":"TECH_SME","subMarket":"450000","open":true,
                  "totals":{"issued":3,"issuedAmount":"60000.00","redeemed":1,"redeemedAmount":"15000.01",
                   "returnedAmount":"4999.99","expired":0,"expiredAmount":"0.00","outstandingAmount":"40000.00"},
                  "createdAt":"2026-12-01T01:00:00Z","actions":[]}],"total":1,"page":0,"size":20}"""
                .formatted(ROUND_ID));
        Browser.Page shown = Browser.signedIn(portal, keycloak, ADMIN_GX).get("/vouchers/rounds");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("2026年第一批科技创新券").contains("15,000.01")
                .contains("data-testid=\"voucher-round-form\"");
    }

    @Test
    void theAdminSeesTheVouchersOfARound() {
        stubs.json("GET", "/subsidy/voucher-rounds/" + ROUND_ID + "/vouchers", 200,
                "{\"items\":[" + voucher("ISSUED", "广西技术转移中心有限公司") + "],\"total\":1,\"page\":0,\"size\":20}");
        Browser.Page shown = Browser.signedIn(portal, keycloak, ADMIN_GX).get("/vouchers/rounds/" + ROUND_ID);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("data-testid=\"voucher-row\"").contains("广西桂糖集团有限公司")
                .contains("广西技术转移中心有限公司");
    }
}
