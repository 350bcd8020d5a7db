package gx.techmarket.portal.subsidy;

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

/** 拨付 in the portal against a stubbed subsidy service: a batch approved with its total in words, a statement. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PaymentPagesTest extends PortalTest {

    static final String BATCH_ID = "7c1e5a93-2d4b-4f6e-9a8c-3b5d7f9e1a2c";

    static String batch(String status, String actions) {
        return """
                {"id": "%s", "number": "BF2026000012", "programmeCode": "INTERMEDIARY_SUBSIDY", "budgetYear": 2026,
                 "status": "%s", "total": "880050.50", "totalInWords": "捌拾捌万零伍拾元伍角",
                 "payees": [{"lineNo": 1, "uscc": "91450100MA5P2D9E7A", "name": "广西技术转移中心有限公司",
                   "bankName": "中国工商银行南宁分行", "accountNumber": "6222020000000000017",
                   "accountName": "广西技术转移中心有限公司", "gross": "880050.50", "offset": "0.00", "net": "880050.50",
                   "netInWords": "捌拾捌万零伍拾元伍角", "reference": "BF2026000012-001", "items": 3}],
                 "held": [{"uscc": "91450300MA5KC7Q12L", "name": "桂林桂糖制糖有限公司", "amount": "800.00", "items": 1,
                   "reason": "NO_VERIFIED_BANK_ACCOUNT", "reasonText": "机构库中没有该单位已核验的银行账户，暂缓拨付"}],
                 "createdAt": "2026-12-08T02:00:00Z", "createdBy": "admin.gx", "actions": [%s]}"""
                .formatted(BATCH_ID, status, actions);
    }

    @Test
    void shouldShowABatchAndApproveItOnlyOnceConfirmedWithItsTotalInWords() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.json("GET", "/subsidy/batches/" + BATCH_ID, 200, batch("DRAFT", "\"approve\""));

        Browser.Page page = browser.get("/subsidy/payments/batches/" + BATCH_ID);
        assertThat(page.body()).contains("BF2026000012", "880,050.50", "捌拾捌万零伍拾元伍角", "6222020000000000017",
                "桂林桂糖制糖有限公司", "暂缓拨付", "data-testid=\"batch-approve\"")
                .doesNotContain("data-testid=\"batch-paid\"", "data-testid=\"batch-download\"");

        Browser.Page asked = browser.post("/subsidy/payments/batches/" + BATCH_ID + "/approve");
        assertThat(asked.body()).contains("data-testid=\"confirm-page\"", "审批拨付批次", "捌拾捌万零伍拾元伍角");
        assertThat(stubs.calls("POST", "/subsidy/batches/" + BATCH_ID + "/approve")).isEmpty();

        stubs.json("POST", "/subsidy/batches/" + BATCH_ID + "/approve", 200,
                batch("APPROVED", "\"download-payment-file\", \"mark-paid\""));
        browser.post("/subsidy/payments/batches/" + BATCH_ID + "/approve", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/subsidy/batches/" + BATCH_ID + "/approve")).hasSize(1);
    }

    @Test
    void shouldShowTheStatementWithItsRunningBalances() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/subsidy/statements/mine", 200, """
                {"beneficiaryUscc": "91450100MA5K3B2L5H", "beneficiaryName": "广西桂糖集团有限公司", "year": 2026,
                 "openingOwed": "0.00", "openingOwedBack": "0.00",
                 "lines": [{"date": "2026-12-01", "programmeCode": "RESULT_TRANSFORMATION_POST_SUBSIDY", "what": "GRANT",
                   "description": "补助核准", "amount": "160000.00", "owedBack": "0.00", "balance": "160000.00",
                   "owedBackBalance": "0.00"},
                  {"date": "2026-12-08", "programmeCode": "RESULT_TRANSFORMATION_POST_SUBSIDY", "what": "PAYMENT",
                   "description": "补助拨付", "amount": "-160000.00", "owedBack": "0.00", "balance": "0.00",
                   "owedBackBalance": "0.00"}],
                 "closingOwed": "0.00", "closingOwedBack": "0.00",
                 "totals": {"granted": "160000.00", "reversed": "0.00", "paid": "160000.00",
                   "receivablesRaised": "0.00", "repaid": "0.00", "offset": "0.00"}}""");

        Browser.Page page = browser.get("/subsidy/payments/statement?year=2026");

        assertThat(page.body()).contains("对账单", "广西桂糖集团有限公司", "补助核准", "拨付", "160,000.00", "-160,000.00",
                "/subsidy/payments/statement.xlsx?year=2026");
        assertThat(stubs.calls("GET", "/subsidy/statements/mine")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("year=2026"));
    }

    @Test
    void shouldKeepThePaymentPagesFromOtherRoles() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        assertThat(browser.get("/subsidy/payments/batches").status()).isEqualTo(403);
    }
}
