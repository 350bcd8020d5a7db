package gx.techmarket.portal.subsidy;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
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

/**
 * Every subsidy decision explained in the portal: the beneficiary's entitlements and refusals, each with its
 * explanation clause by clause in the reader's language (the subsidy service renders the lines in the language the
 * portal asks for), and the admin's lists of its sub-market. Against a stubbed subsidy service.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AssessmentPagesTest extends PortalTest {

    static final String REFUSAL_ID = "5e5e5e5e-0000-4000-8000-000000000001";
    static final String ENTITLEMENT_ID = "e0e0e0e0-0000-4000-8000-000000000001";

    @Test
    void shouldShowAnEnterpriseWhyItGotNothingClauseByClause() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/subsidy/entitlements/refusals/mine", 200, Fixtures.page(refusal("买方与卖方：同一集团，存在关联关系")));
        stubs.json("GET", "/subsidy/entitlements/refusals/" + REFUSAL_ID, 200, refusal("买方与卖方：同一集团，存在关联关系"));

        Browser.Page list = browser.get("/subsidy/refusals");
        Browser.Page page = browser.get("/subsidy/refusals/" + REFUSAL_ID);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("data-testid=\"refusal-row\"", "data-reason=\"BUYER_AFFILIATED_WITH_SELLER\"",
                "买方与卖方存在关联关系", "href=\"/subsidy/refusals/" + REFUSAL_ID + "\"");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("为什么没有获得补助", "买方与卖方存在关联关系",
                "data-code=\"relation\" data-source=\"DIRECTORY\" data-outcome=\"NOT_MET\"",
                "买方与卖方：同一集团，存在关联关系", "（来源：机构库）", "不满足",
                "data-code=\"refused\" data-source=\"PROGRAMME\" data-outcome=\"NOT_MET\"");
        // the portal asked the service in the reader's language: the lines come back rendered in it
        assertThat(stubs.calls("GET", "/subsidy/entitlements/refusals/" + REFUSAL_ID)).singleElement()
                .satisfies(call -> assertThat(call.header("Accept-Language")).startsWith("zh"));
    }

    @Test
    void shouldLinkTheDecisionsFromTheSubsidyHubByRole() {
        Browser.Page enterprise = Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/subsidy");
        Browser.Page admin = Browser.signedIn(portal, keycloak, ADMIN_GX).get("/subsidy");

        assertThat(enterprise.status()).isEqualTo(200);
        assertThat(enterprise.body()).contains("href=\"/subsidy/entitlements\"", "href=\"/subsidy/refusals\"")
                .doesNotContain("href=\"/subsidy/refusals/all\"");
        assertThat(admin.body()).contains("href=\"/subsidy/entitlements/all\"", "href=\"/subsidy/refusals/all\"");
    }

    @Test
    void shouldShowTheExplanationInEnglishWhenTheReaderChoseEnglish() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/subsidy/entitlements/refusals/" + REFUSAL_ID, 200,
                refusal("buyer and seller: in one group, affiliated"));

        Browser.Page page = browser.get("/subsidy/refusals/" + REFUSAL_ID + "?lang=en");

        assertThat(page.body()).contains("Why there was no subsidy", "buyer and seller: in one group, affiliated",
                "not met", "(source: directory)");
        assertThat(stubs.calls("GET", "/subsidy/entitlements/refusals/" + REFUSAL_ID)).last()
                .satisfies(call -> assertThat(call.header("Accept-Language")).startsWith("en"));
    }

    @Test
    void shouldShowAnEntitlementsArithmeticAndTheCapsApplied() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/subsidy/entitlements/mine", 200, Fixtures.page(entitlement(ENT_GXSUGAR)));
        stubs.json("GET", "/subsidy/entitlements/" + ENTITLEMENT_ID, 200, entitlement(ENT_GXSUGAR));

        Browser.Page list = browser.get("/subsidy/entitlements");
        Browser.Page page = browser.get("/subsidy/entitlements/" + ENTITLEMENT_ID);

        assertThat(list.body()).contains("data-testid=\"entitlement-row\"", "href=\"/subsidy/entitlements/"
                + ENTITLEMENT_ID + "\"", "500,000.00");
        assertThat(page.body()).contains("认定说明（逐条）",
                "技术交易额 3,000,000.00 元 × 补助比例 0.20 = 600000.00 元，四舍五入到分：600000.00 元",
                "data-code=\"contractCap\" data-source=\"PROGRAMME\" data-outcome=\"APPLIED\"", "已适用",
                "桂政发〔2018〕51号");
    }

    @Test
    void shouldGiveTheAdminItsSubMarketsListsAndNobodyElse() {
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.json("GET", "/subsidy/entitlements", 200, Fixtures.page(entitlement(ENT_GXSUGAR)));
        stubs.json("GET", "/subsidy/entitlements/refusals", 200, Fixtures.page(refusal("x")));

        Browser.Page entitlements = admin.get("/subsidy/entitlements/all?status=GRANTED&year=2026");
        Browser.Page refusals = admin.get("/subsidy/refusals/all");
        Browser.Page enterprise = Browser.signedIn(portal, keycloak, ENT_GXSUGAR).get("/subsidy/refusals/all");

        assertThat(entitlements.body()).contains("辖区应享补助", ENT_GXSUGAR.orgName());
        assertThat(stubs.calls("GET", "/subsidy/entitlements")).filteredOn(call -> call.query().contains("status"))
                .singleElement()
                .satisfies(call -> assertThat(call.query()).contains("status=GRANTED", "year=2026"));
        assertThat(refusals.body()).contains("辖区不予补助认定", "data-testid=\"refusal-row\"");
        assertThat(enterprise.status()).isEqualTo(403);
    }

    @Test
    void shouldSayWhenTheServiceDoesNotKnowTheDecision() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.problem("GET", "/subsidy/entitlements/refusals/" + REFUSAL_ID, 404,
                Fixtures.problem(404, "REFUSAL_NOT_FOUND", "该不予补助认定不存在，或您无权查看。", "[]"));

        Browser.Page page = browser.get("/subsidy/refusals/" + REFUSAL_ID);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("该不予补助认定不存在");
    }

    /** A refusal of the buyer post-subsidy, its relation clause rendered as {@code relationLine}. */
    static String refusal(String relationLine) {
        return """
                {"id":"%s","contractId":"%s","registrationNumber":"26450103000042","subjectType":"CONTRACT",
                 "subjectReference":"26450103000042","budgetYear":2026,
                 "programmeCode":"RESULT_TRANSFORMATION_POST_SUBSIDY","policyClause":"桂政发〔2018〕51号",
                 "reason":"BUYER_AFFILIATED_WITH_SELLER",
                 "reasonText":"买方与卖方存在关联关系（同一集团或上下级单位），不享受企业购买科技成果转化后补助",
                 "facts":"buyer→seller SAME_GROUP","amendmentNumber":0,"assessedAt":"2026-09-22T06:45:01Z",
                 "explanation":{"steps":[
                   {"code":"programme","source":"PROGRAMME","outcome":"INFO","facts":{"programme":"RESULT_TRANSFORMATION_POST_SUBSIDY"}},
                   {"code":"relation","source":"DIRECTORY","outcome":"NOT_MET","facts":{"roleA":"buyer","roleB":"seller","relation":"SAME_GROUP"}},
                   {"code":"refused","source":"PROGRAMME","outcome":"NOT_MET","facts":{"reason":"BUYER_AFFILIATED_WITH_SELLER"}}]},
                 "explanationText":["补助项目 RESULT_TRANSFORMATION_POST_SUBSIDY","%s","结论：不予补助"]}"""
                .formatted(REFUSAL_ID, Fixtures.CONTRACT_ID, relationLine);
    }

    /** A capped entitlement of the buyer post-subsidy: 0.20 × 3,000,000.00 cut to the cap of 500,000.00. */
    static String entitlement(DemoUser beneficiary) {
        return """
                {"id":"%s","programmeCode":"RESULT_TRANSFORMATION_POST_SUBSIDY","budgetYear":2026,
                 "policyClause":"桂政发〔2018〕51号","beneficiary":{"uscc":"%s","name":"%s","kind":"%s","region":"%s"},
                 "subjectType":"CONTRACT","subjectReference":"26450103000042","contractId":"%s",
                 "registrationNumber":"26450103000042","contractTitle":"甘蔗糖厂蔗渣高值化利用技术转让合同",
                 "contractType":"TRANSFER_PATENT","basisAmount":"3000000.00","rate":"0.20","amount":"500000.00",
                 "capped":true,"status":"GRANTED","createdAt":"2026-09-22T06:45:01Z",
                 "grantedAt":"2026-09-22T06:45:01Z","endReason":null,"actions":[],
                 "explanation":{"steps":[
                   {"code":"rate","source":"PROGRAMME","outcome":"APPLIED","facts":{"basis":"3000000.00","rate":"0.20"}},
                   {"code":"contractCap","source":"PROGRAMME","outcome":"APPLIED","facts":{"cap":"500000.00"}}]},
                 "explanationText":["技术交易额 3,000,000.00 元 × 补助比例 0.20 = 600000.00 元，四舍五入到分：600000.00 元",
                   "600000.00 元超过单个合同补助上限 500000.00 元，按上限计：500000.00 元"]}"""
                .formatted(ENTITLEMENT_ID, beneficiary.orgId(), beneficiary.orgName(), beneficiary.orgKind(),
                        beneficiary.orgRegion(), Fixtures.CONTRACT_ID);
    }
}
