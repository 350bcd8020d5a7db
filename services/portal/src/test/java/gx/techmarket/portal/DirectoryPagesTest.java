package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
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
 * The directory's pages: an organisation's page (facts, qualifications with their validity, subsidiaries, the
 * history for those the directory lets read it), the admins' actions on it (each only when the view lists it,
 * irreversible ones confirmed first, errors next to their fields), the admins' list of their sub-market, and the
 * directory picker of the broker's contract form, with and without JavaScript.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DirectoryPagesTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUGAR = "/directory/organisations/" + ENT_GXSUGAR.orgId();
    private static final String PAGE = "/organisations/" + ENT_GXSUGAR.orgId();

    @Test
    void shouldShowTheOrganisationWithItsQualificationsHistoryAndTheAdminsActions() {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED", "edit", "suspend",
                "grant-qualification", "verify-bank-account", "revoke"));
        stubs.json("GET", SUGAR + "/history", 200, Fixtures.page(Fixtures.renamed("广西桂糖集团", "广西桂糖集团有限公司")));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"organisation-detail\"", "data-status=\"VERIFIED\"",
                "<dd data-testid=\"organisation-uscc\">91450100MA5K3B2L5H</dd>",
                "<dd data-testid=\"organisation-kind\">企业</dd>", "南宁市 (450100)",
                // the subsidiary links to its own page
                "<a href=\"/organisations/91450300MA5KC7Q12L\">桂林桂糖制糖有限公司</a>",
                // qualifications with their validity: one in force, one ended
                "data-testid=\"qualification-row\" data-id=\"q1\" data-status=\"VALID\"", "高新技术企业",
                "2024-12-10 – 2027-12-09", "data-testid=\"qualification-row\" data-id=\"q2\" data-status=\"EXPIRED\"",
                "已失效",
                // the history, readable: what changed, from what to what, by whom
                "<td data-label=\"操作\">修改机构信息</td>", "运营管理员（admin.gx）",
                "名称：<del>广西桂糖集团</del> → 广西桂糖集团有限公司",
                // the actions the view lists
                "data-testid=\"organisation-edit\"", "data-testid=\"organisation-suspend-form\"",
                "data-testid=\"qualification-grant-form\"", "data-testid=\"qualification-revoke-form\"",
                "data-testid=\"bank-account-verify-form\"", "6222020200112233445")
                .doesNotContain("data-testid=\"organisation-verify-form\"",
                        "data-testid=\"registration-point-open-form\"")
                // the kind did not change: the history says only what did
                .doesNotContain("类型：<del>");
        assertThat(page.body().split("data-testid=\"qualification-revoke-form\"")).as("only q1 is revocable")
                .hasSize(2);
        assertThat(stubs.calls("GET", SUGAR + "/history").get(0).query()).contains("page=0", "size=10");

        Browser.Page english = browser.get(PAGE + "?lang=en");
        assertThat(english.body()).contains("<dd data-testid=\"organisation-kind\">Enterprise</dd>",
                "High-tech enterprise (高新技术企业)", "Name: <del>广西桂糖集团</del> → 广西桂糖集团有限公司",
                "History of changes", "Facts edited");
    }

    @Test
    void shouldShowNeitherHistoryNorActionsToSomeoneTheDirectoryRefusesThem() {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED"));
        stubs.problem("GET", SUGAR + "/history", 403, Fixtures.problem(403, "NOT_ORGANISATION_MEMBER", "非本单位用户",
                null));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("广西桂糖集团有限公司", "data-testid=\"organisation-qualifications\"")
                .doesNotContain("data-testid=\"organisation-history\"", "data-testid=\"problem\"",
                        "data-testid=\"organisation-edit\"", "data-testid=\"organisation-suspend-form\"",
                        "data-testid=\"qualification-revoke-form\"", "data-testid=\"qualification-grant-form\"");
    }

    @Test
    void shouldLinkTheUsersOwnOrganisationAndThePartiesOfAContractToTheirPages() {
        stubs.json("GET", "/registry/contracts/" + Fixtures.CONTRACT_ID, 200,
                Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page contract = browser.get("/contracts/" + Fixtures.CONTRACT_ID);

        assertThat(contract.body()).contains(
                "<a href=\"/organisations/124501004985024102\" title=\"本单位的机构主页\" id=\"org-name\"",
                "<dd data-testid=\"contract-seller\"><a href=\"/organisations/124501004985024102\" "
                        + "data-testid=\"organisation-link\">广西大学</a> (124501004985024102)</dd>",
                "<dd data-testid=\"contract-buyer\"><a href=\"/organisations/91450100MA5K3B2L5H\" "
                        + "data-testid=\"organisation-link\">广西桂糖集团有限公司</a> (91450100MA5K3B2L5H)</dd>");
    }

    @Test
    void shouldSuspendOnlyOnceConfirmedWithAReason() throws Exception {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED", "suspend"));
        stubs.json("GET", SUGAR + "/history", 200, Fixtures.page());
        stubs.json("POST", SUGAR + "/suspend", 200, Fixtures.organisation(ENT_GXSUGAR, "SUSPENDED"));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page empty = browser.post(PAGE + "/suspend", "reason", " ");
        Browser.Page asked = browser.post(PAGE + "/suspend", "reason", "营业执照已吊销");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("<a href=\"#reason\">原因</a>：必填。", "data-testid=\"error-reason\"");
        assertThat(asked.body()).contains("data-testid=\"confirm-page\"", "停用机构", "营业执照已吊销",
                "name=\"reason\" value=\"营业执照已吊销\"");
        assertThat(stubs.calls("POST", SUGAR + "/suspend")).as("nothing sent before it is confirmed").isEmpty();

        Browser.Page done = browser.post(PAGE + "/suspend", "reason", "营业执照已吊销", "confirmed", "yes");

        assertThat(done.uri().getPath()).isEqualTo(PAGE);
        assertThat(done.body()).contains("data-testid=\"flash\"", "机构已停用。");
        assertThat(JSON.readTree(stubs.calls("POST", SUGAR + "/suspend").get(0).body()).toString())
                .isEqualTo("{\"reason\":\"营业执照已吊销\"}");
    }

    @Test
    void shouldVerifyAgainAndVerifyTheBankAccountOnlyOnceConfirmed() {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "SUSPENDED", "verify",
                "verify-bank-account"));
        stubs.json("GET", SUGAR + "/history", 200, Fixtures.page());
        stubs.json("POST", SUGAR + "/verify", 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED"));
        stubs.json("POST", SUGAR + "/bank-account/verify", 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED"));
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(admin.get(PAGE).body()).contains("data-testid=\"organisation-verify-form\"",
                "data-confirm=\"confirm-verify-bank-account\"");

        Browser.Page asked = admin.post(PAGE + "/bank-account/verify");
        assertThat(asked.body()).contains("data-testid=\"confirm-page\"", "核验结算账户",
                "action=\"/organisations/91450100MA5K3B2L5H/bank-account/verify\"");
        assertThat(stubs.calls("POST", SUGAR + "/bank-account/verify")).isEmpty();

        assertThat(admin.post(PAGE + "/bank-account/verify", "confirmed", "yes").body()).contains("结算账户已核验。");
        assertThat(admin.post(PAGE + "/verify", "confirmed", "yes").body()).contains("机构已核验");
        assertThat(stubs.calls("POST", SUGAR + "/bank-account/verify")).hasSize(1);
        assertThat(stubs.calls("POST", SUGAR + "/verify")).hasSize(1);

        Browser.Page other = Browser.signedIn(portal, keycloak, ENT_GXSUGAR).post(PAGE + "/verify", "confirmed",
                "yes");
        assertThat(other.status()).as("only an admin").isEqualTo(403);
        assertThat(stubs.calls("POST", SUGAR + "/verify")).hasSize(1);
    }

    @Test
    void shouldGrantAQualificationAndShowTheDirectorysRefusalNextToItsField() throws Exception {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED", "grant-qualification"));
        stubs.json("GET", SUGAR + "/history", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(PAGE);

        Browser.Page own = browser.post(PAGE + "/qualifications", "kind", "TECH_SME", "number", "", "validFrom",
                "2026-13-01");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body()).contains("<a href=\"#number\">证书编号/入库编号</a>：必填。",
                "<a href=\"#validFrom\">有效期自</a>");
        assertThat(stubs.calls("POST", SUGAR + "/qualifications")).isEmpty();

        stubs.problem("POST", SUGAR + "/qualifications", 400, Fixtures.problem(400,
                "QUALIFICATION_ENDS_BEFORE_IT_STARTS", "资质的截止日期早于开始日期",
                "[{\"field\":\"validTo\",\"code\":\"QUALIFICATION_ENDS_BEFORE_IT_STARTS\",\"message\":\"截止日期早于开始日期\"}]"));
        Browser.Page refused = browser.post(PAGE + "/qualifications", "kind", "TECH_SME", "number",
                "2026450100A0012", "validFrom", "2026-04-01", "validTo", "2026-03-31");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-code=\"QUALIFICATION_ENDS_BEFORE_IT_STARTS\"",
                "data-testid=\"error-validTo\"", "value=\"2026450100A0012\"");
        JsonNode sent = JSON.readTree(stubs.calls("POST", SUGAR + "/qualifications").get(0).body());
        assertThat(sent.toString()).isEqualTo("{\"kind\":\"TECH_SME\",\"number\":\"2026450100A0012\","
                + "\"validFrom\":\"2026-04-01\",\"validTo\":\"2026-03-31\"}");
    }

    @Test
    void shouldEditTheFactsAsAWhole() throws Exception {
        stubs.json("GET", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED", "edit"));
        stubs.json("PUT", SUGAR, 200, Fixtures.organisation(ENT_GXSUGAR, "VERIFIED", "edit"));
        stubs.json("GET", SUGAR + "/history", 200, Fixtures.page());
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get(PAGE + "/edit").body()).contains("value=\"广西桂糖集团有限公司\"",
                "<option value=\"ENTERPRISE\" selected>企业</option>", "value=\"450100\"");

        Browser.Page saved = browser.post(PAGE, "name", " 广西桂糖集团有限公司 ", "nameEn", "", "kind", "ENTERPRISE",
                "region", "450103", "parentUscc", "");

        assertThat(saved.uri().getPath()).isEqualTo(PAGE);
        assertThat(saved.body()).contains("机构信息已保存。");
        assertThat(JSON.readTree(stubs.calls("PUT", SUGAR).get(0).body()).toString()).isEqualTo(
                "{\"name\":\"广西桂糖集团有限公司\",\"nameEn\":null,\"kind\":\"ENTERPRISE\",\"region\":\"450103\","
                        + "\"parentUscc\":null}");
    }

    @Test
    void shouldListTheSubMarketsOrganisationsWithTheirFilters() {
        stubs.json("GET", "/directory/organisations", 200,
                Fixtures.page(Fixtures.organisationSummary(ENT_GXSUGAR, "SUSPENDED")));
        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page list = admin.get("/work/organisations?q=%E6%A1%82%E7%B3%96&kind=ENTERPRISE&region=450100"
                + "&status=SUSPENDED&sort=uscc&size=50");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("data-list=\"organisations\"", "data-testid=\"organisation-row\"",
                "data-id=\"91450100MA5K3B2L5H\" data-status=\"SUSPENDED\"", "href=\"/organisations/91450100MA5K3B2L5H\"",
                "已停用", "data-testid=\"list-q\"", "<option value=\"ENTERPRISE\" selected>企业</option>");
        java.util.List<gx.techmarket.portal.support.ServiceStubs.Call> asked = stubs.calls("GET",
                "/directory/organisations");
        String query = asked.get(asked.size() - 1).query();
        assertThat(query).contains("q=%E6%A1%82%E7%B3%96", "kind=ENTERPRISE", "region=450100", "status=SUSPENDED",
                "sort=uscc", "size=50");

        stubs.reset();
        admin.get("/work/organisations?kind=SPACESHIP&region=guangxi&sort=random");
        assertThat(stubs.calls("GET", "/directory/organisations").get(0).query()).as("unknown values are not sent")
                .doesNotContain("kind=", "region=", "sort=");
        assertThat(Browser.signedIn(portal, keycloak, UNI_GXU).get("/work/organisations").status()).isEqualTo(403);
    }

    @Test
    void shouldLetTheBrokerFindAndChooseTheBuyerWithoutJavaScript() throws Exception {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.json("GET", "/directory/organisations", 200, Fixtures.page(12, 0, 10,
                Fixtures.organisationSummary(ENT_GXSUGAR, "VERIFIED")));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        assertThat(browser.get("/contracts/new?resultId=" + Fixtures.RESULT_ID).body()).contains(
                "role=\"combobox\"", "data-testid=\"buyer-find\"", "买方不在机构库（广西区外）",
                "<script type=\"module\" src=\"/js/picker.js\"></script>");

        Browser.Page found = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "TRANSFER_PATENT", "buyerSource", "directory", "buyerQuery", "桂糖", "find-buyer", "yes", "title",
                "蔗渣成型技术转让");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("data-testid=\"buyer-results\"",
                "<input type=\"radio\" name=\"buyer.uscc\" value=\"91450100MA5K3B2L5H\" data-testid=\"buyer-option\">",
                "广西桂糖集团有限公司", "91450100MA5K3B2L5H · 南宁市 · 企业", "找到 12 个机构，显示前 1 个",
                "value=\"蔗渣成型技术转让\"").doesNotContain("data-picker-value");
        assertThat(stubs.calls("GET", "/directory/organisations").get(0).query()).contains("status=VERIFIED",
                "q=%E6%A1%82%E7%B3%96");
        assertThat(stubs.calls("POST", "/registry/contracts/brokered")).as("a search sends no draft").isEmpty();

        Browser.Page none = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "TRANSFER_PATENT", "buyerSource", "directory", "buyerQuery", "", "title", "");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("data-testid=\"error-buyer.uscc\"", "请先查找并选择买方");
        assertThat(stubs.calls("POST", "/registry/contracts/brokered")).isEmpty();
    }

    @Test
    void shouldAnswerTheTypeAheadWithVerifiedOrganisations() throws Exception {
        stubs.json("GET", "/directory/organisations", 200,
                Fixtures.page(Fixtures.organisationSummary(ENT_GXSUGAR, "VERIFIED")));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);

        Browser.Page answer = browser.get("/organisations/picker?q=9145");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.get("items").get(0).toString()).isEqualTo("{\"uscc\":\"91450100MA5K3B2L5H\","
                + "\"name\":\"广西桂糖集团有限公司\",\"kind\":\"ENTERPRISE\",\"kindLabel\":\"企业\",\"region\":\"450100\","
                + "\"regionName\":\"南宁市\"}");
        assertThat(stubs.calls("GET", "/directory/organisations").get(0).query()).contains("q=9145",
                "status=VERIFIED", "size=10");
        assertThat(JSON.readTree(browser.get("/organisations/picker?q=").body()).get("items")).isEmpty();
    }

    @Test
    void shouldSendAnExternalBuyerAsTypedAndShowTheRegistrysRefusalOnItsInput() throws Exception {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.problem("POST", "/registry/contracts/brokered", 400, Fixtures.problem(400, "VALIDATION_FAILED",
                "请求有误", "[{\"field\":\"buyer.uscc\",\"code\":\"USCC_INVALID\",\"message\":\"统一社会信用代码校验位错误\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        browser.get("/contracts/new?resultId=" + Fixtures.RESULT_ID);

        Browser.Page missing = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "TRANSFER_PATENT", "buyerSource", "external", "external.uscc", "", "buyer.name", "",
                "buyer.region", "");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("<a href=\"#external-uscc\">区外买方统一社会信用代码</a>：必填。",
                "data-testid=\"error-external.uscc\"", "data-testid=\"error-buyer.name\"",
                "data-testid=\"error-buyer.region\"").doesNotContain("data-testid=\"error-buyer.uscc\"");

        Browser.Page refused = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "TRANSFER_PATENT", "buyerSource", "external", "external.uscc", "91440300MA5H9W2Q1X", "buyer.name",
                "深圳市智糖科技有限公司", "buyer.region", "440300");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-external.uscc\"", "统一社会信用代码校验位错误",
                "value=\"深圳市智糖科技有限公司\"");
        assertThat(JSON.readTree(stubs.calls("POST", "/registry/contracts/brokered").get(0).body()).get("buyer")
                .toString()).isEqualTo("{\"uscc\":\"91440300MA5H9W2Q1X\",\"external\":true,"
                        + "\"name\":\"深圳市智糖科技有限公司\",\"region\":\"440300\"}");
        assertThat(stubs.calls("GET", "/directory/organisations/91440300MA5H9W2Q1X")).as("not looked up").isEmpty();
    }
}
