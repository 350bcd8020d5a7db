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
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FormsTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRefuseAFormWithoutTheCsrfTokenBeforeAnyServiceIsCalled() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");

        Browser.Page missing = browser.postRaw("/results", "title", "赤泥", "summary", "s", "industry", "ALUMINIUM",
                "maturity", "PILOT", "transferModes", "TRANSFER", "askingPrice", "1", "regionCode", "451000");
        Browser.Page forged = browser.postRaw("/results", "csrf-token", "forged-token-forged-token-forged-token",
                "title", "赤泥", "summary", "s", "industry", "ALUMINIUM", "maturity", "PILOT", "transferModes",
                "TRANSFER", "askingPrice", "1", "regionCode", "451000");

        for (Browser.Page page : java.util.List.of(missing, forged)) {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).contains("id=\"csrf-rejected\"", "请求已失效");
        }
        assertThat(stubs.calls("POST", "/catalogue/results")).isEmpty();
    }

    @Test
    void shouldCreateAResultAndSendTheAmountExactly() throws Exception {
        stubs.json("POST", "/catalogue/results", 201, Fixtures.result("DRAFT", UNI_GXU, "edit", "submit"));
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200,
                Fixtures.result("DRAFT", UNI_GXU, "edit", "submit"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/results/new").body()).contains("data-testid=\"result-create-form\"",
                "data-testid=\"result-title\"", "<option value=\"450100\" selected>南宁市</option>");

        Browser.Page detail = browser.post("/results", "title", " 赤泥综合利用制备建材技术 ", "summary",
                "以氧化铝赤泥为原料制备免烧砖。", "industry", "ALUMINIUM", "maturity", "PILOT", "trl", "6",
                "transferModes", "TRANSFER", "transferModes", "LICENSE", "askingPrice", "1,200,000.10",
                "patents", "ZL202310123456.7 发明 已授权 一种赤泥免烧砖的制备方法\nZL202320123457.5 实用新型 申请中",
                "inventors", "黄明（广西大学）\n李华", "contacts", "韦工 0771-3232123 wei@gxu.edu.cn 登录用户可见",
                "regionCode", "451000", "keywords", " 赤泥，免烧砖、 建材；;Q235 钢 ", "titleEn",
                " Building materials from red mud ", "summaryEn", "");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("data-testid=\"result-keywords\">赤泥、免烧砖</dd>");
        assertThat(detail.uri().getPath()).isEqualTo("/results/" + Fixtures.RESULT_ID);
        assertThat(detail.body()).contains("data-testid=\"result-detail\" data-id=\"" + Fixtures.RESULT_ID + "\"",
                "data-testid=\"result-submit\"", "data-testid=\"result-edit\"");
        ServiceStubs.Call sent = stubs.calls("POST", "/catalogue/results").get(0);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + keycloak.accessTokenOf(UNI_GXU));
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).as("the amount as a decimal string, exactly as typed").contains(
                "\"askingPrice\":\"1200000.10\"");
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("title").asText()).isEqualTo("赤泥综合利用制备建材技术");
        assertThat(body.get("priceNegotiable").asBoolean()).isFalse();
        assertThat(body.get("trl").asInt()).isEqualTo(6);
        assertThat(body.get("transferModes").toString()).isEqualTo("[\"TRANSFER\",\"LICENSE\"]");
        assertThat(body.get("patents").toString()).isEqualTo("[{\"number\":\"ZL202310123456.7\",\"kind\":"
                + "\"INVENTION\",\"status\":\"GRANTED\",\"title\":\"一种赤泥免烧砖的制备方法\"},{\"number\":"
                + "\"ZL202320123457.5\",\"kind\":\"UTILITY_MODEL\",\"status\":\"PENDING\",\"title\":null}]");
        assertThat(body.get("inventors").toString()).isEqualTo("[{\"name\":\"黄明\",\"affiliation\":\"广西大学\"},"
                + "{\"name\":\"李华\",\"affiliation\":null}]");
        assertThat(body.get("contacts").toString()).isEqualTo("[{\"name\":\"韦工\",\"phone\":\"0771-3232123\","
                + "\"email\":\"wei@gxu.edu.cn\",\"visibility\":\"SIGNED_IN\"}]");
        assertThat(body.get("keywords").toString()).as("split at commas, 、 and semicolons; a Latin space kept")
                .isEqualTo("[\"赤泥\",\"免烧砖\",\"建材\",\"Q235 钢\"]");
        assertThat(body.get("titleEn").asText()).isEqualTo("Building materials from red mud");
        assertThat(body.get("summaryEn").isNull()).as("left blank: none").isTrue();
    }

    @Test
    void shouldKeepTheKeywordsWhenAResultIsEdited() throws Exception {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200,
                Fixtures.result("DRAFT", UNI_GXU, "edit", "submit"));
        stubs.json("PUT", "/catalogue/results/" + Fixtures.RESULT_ID, 200,
                Fixtures.result("DRAFT", UNI_GXU, "edit", "submit"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page form = browser.get("/results/" + Fixtures.RESULT_ID + "/edit");
        assertThat(form.body()).contains("id=\"keywords\" name=\"keywords\" maxlength=\"400\" value=\"赤泥，免烧砖\"");

        Browser.Page detail = browser.post("/results/" + Fixtures.RESULT_ID, "title", "赤泥综合利用制备建材技术",
                "summary", "以氧化铝赤泥为原料制备免烧砖。", "industry", "ALUMINIUM", "maturity", "PILOT",
                "transferModes", "TRANSFER", "askingPrice", "1200000.00", "regionCode", "451000", "keywords",
                "赤泥，免烧砖");
        assertThat(detail.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(stubs.calls("PUT", "/catalogue/results/" + Fixtures.RESULT_ID).get(0).body());
        assertThat(body.get("keywords").toString()).isEqualTo("[\"赤泥\",\"免烧砖\"]");
    }

    @Test
    void shouldSendASummaryOfTheLongestLengthWithItsLineBreaksExactly() throws Exception {
        stubs.json("POST", "/catalogue/results", 201, Fixtures.result("DRAFT", UNI_GXU));
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("DRAFT", UNI_GXU));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");
        // 5,000 characters, the service's limit: about 45 KB once form-encoded
        String paragraph = "以蔗渣纤维为原料研发高强度模压成型工艺，突破纤维预处理、低温热压与环保胶黏剂三项关键技术。\n";
        String summary = paragraph.repeat(5000 / paragraph.length()) + "蔗".repeat(5000 % paragraph.length());
        assertThat(summary).hasSize(5000);

        Browser.Page detail = browser.post("/results", "title", "蔗渣高强度模压成型技术", "summary", summary,
                "industry", "NEW_MATERIALS", "maturity", "PILOT", "transferModes", "TRANSFER", "priceNegotiable",
                "true", "regionCode", "450100");

        assertThat(detail.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(stubs.calls("POST", "/catalogue/results").get(0).body());
        assertThat(body.get("summary").asText()).isEqualTo(summary.strip());
    }

    @Test
    void shouldSendANegotiablePriceWithoutAnAmount() {
        stubs.json("POST", "/catalogue/results", 201, Fixtures.result("DRAFT", UNI_GXU));
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("DRAFT", UNI_GXU));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");

        Browser.Page detail = browser.post("/results", "title", "赤泥综合利用", "summary", "免烧砖", "industry",
                "ALUMINIUM", "maturity", "PILOT", "trl", "", "transferModes", "TRANSFER", "askingPrice", "",
                "priceNegotiable", "true", "patents", "", "regionCode", "451000");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(stubs.calls("POST", "/catalogue/results").get(0).body()).contains("\"askingPrice\":null",
                "\"priceNegotiable\":true", "\"trl\":null", "\"patents\":[]", "\"contacts\":[]");
    }

    @Test
    void shouldShowTheServicesProblemNextToTheFormAndKeepTheInput() {
        stubs.problem("POST", "/catalogue/results", 400, Fixtures.problem(400, "VALIDATION_FAILED",
                "请求内容不符合要求", "[{\"field\":\"patents[0].number\",\"code\":\"PATENT_NUMBER_FORMAT\",\"message\":\"专利号格式不正确\"},"
                        + "{\"field\":\"title\",\"code\":\"Size\",\"message\":\"标题过长\"},"
                        + "{\"field\":\"keywords[1]\",\"code\":\"Size\",\"message\":\"不能超过 30 个字\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");

        Browser.Page again = browser.post("/results", "title", "赤泥综合利用", "summary", "免烧砖 <b>工艺</b>",
                "industry", "ALUMINIUM", "maturity", "LAB", "transferModes", "LICENSE", "priceNegotiable", "true",
                "patents", "CN123 发明 已授权", "regionCode", "451000", "keywords", "赤泥，" + "免烧砖".repeat(11));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-testid=\"error-keywords\">不能超过 30 个字",
                "value=\"赤泥，" + "免烧砖".repeat(11) + "\"");
        assertThat(again.body()).contains("data-testid=\"problem\" data-code=\"VALIDATION_FAILED\"",
                "请求内容不符合要求", "data-testid=\"error-patents-items\">专利号格式不正确",
                "data-testid=\"error-title\">标题过长",
                "value=\"赤泥综合利用\"", "免烧砖 &lt;b&gt;工艺&lt;/b&gt;</textarea>", ">CN123 发明 已授权</textarea>",
                "value=\"LICENSE\" data-testid=\"result-mode-LICENSE\" checked",
                "data-testid=\"result-price-negotiable\" checked", "<option value=\"LAB\" selected>",
                "<option value=\"451000\" selected>");
        assertThat(again.body()).doesNotContain("value=\"TRANSFER\" data-testid=\"result-mode-TRANSFER\" checked");
    }

    @Test
    void shouldRefuseAnUnreadableRightOrAContactWithoutItsVisibilityWithoutCallingTheService() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");

        Browser.Page again = browser.post("/results", "title", "赤泥综合利用", "summary", "免烧砖", "industry",
                "ALUMINIUM", "maturity", "LAB", "transferModes", "LICENSE", "priceNegotiable", "true",
                "patents", "ZL202310123456.7 发明 已授权\nZL202310123457.5 发明", "contacts", "韦工 13912345678",
                "regionCode", "451000");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-testid=\"error-patents\">第 2 行应写作：编号 类型 状态 名称",
                "data-testid=\"error-contacts\">第 1 行缺少公开范围", ">韦工 13912345678</textarea>");
        assertThat(stubs.calls("POST", "/catalogue/results")).isEmpty();
    }

    @Test
    void shouldCheckTheFormItselfWithoutCallingTheService() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/demands/new");

        Browser.Page again = browser.post("/demands", "title", "甘蔗渣高值化利用", "problem", "蔗渣制材料",
                "industry", "SUGAR", "budgetMin", "三百万", "budgetMax", "5000000.00", "deadline", "2027-02-30",
                "regionCode", "450100", "cooperationModes", "JOINT_DEVELOPMENT");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-testid=\"error-budgetMin\">请输入金额",
                "data-testid=\"error-deadline\">请输入有效的日期", "value=\"三百万\"", "value=\"5000000.00\"",
                "value=\"甘蔗渣高值化利用\"", "data-testid=\"demand-mode-JOINT_DEVELOPMENT\" checked");

        browser.get("/demands/new?lang=en");
        Browser.Page english = browser.post("/demands", "title", "", "problem", "p", "industry", "SUGAR",
                "budgetMin", "1", "budgetMax", "2", "deadline", "2027-01-31", "regionCode", "450100");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("<html lang=\"en\">", "data-testid=\"error-title\">Required.",
                "data-testid=\"error-cooperationModes\">Required.", "Please check the fields marked.");
        assertThat(stubs.calls("POST", "/demand/demands")).isEmpty();
    }

    @Test
    void shouldOfferTheOperatorTheWholeNewChallengeFormWithTheDemandChosen() {
        stubs.json("GET", "/bidding/demands", 200, Fixtures.page(Fixtures.knownDemand(ENT_GXSUGAR)));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);

        Browser.Page form = browser.get("/challenges/new?demandId=" + Fixtures.DEMAND_ID);

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("data-testid=\"challenge-create-form\"",
                "<option value=\"" + Fixtures.DEMAND_ID + "\" selected>甘蔗渣高值化利用",
                "data-testid=\"challenge-title\"", "data-testid=\"challenge-deadline\"",
                "data-testid=\"challenge-save\"", "</form>");

        // the bidding service's list is not there: the chosen demand is still offered, and so is the rest of the form
        stubs.problem("GET", "/bidding/demands", 503, Fixtures.problem(503, "UNAVAILABLE", "暂不可用", null));
        Browser.Page without = browser.get("/challenges/new?demandId=" + Fixtures.DEMAND_ID);
        assertThat(without.body()).contains("<option value=\"" + Fixtures.DEMAND_ID + "\" selected>",
                "data-testid=\"challenge-deadline\"", "data-testid=\"challenge-save\"");
    }

    @Test
    void shouldShowARefusedActionOnTheDetailPageWithTheReasonKept() {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("SUBMITTED", UNI_GXU,
                "approve", "reject"));
        stubs.problem("POST", "/catalogue/results/" + Fixtures.RESULT_ID + "/reject", 403,
                Fixtures.problem(403, "REGION_NOT_OPERATED", "该成果不在您运营的分市场", null));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        assertThat(browser.get("/results/" + Fixtures.RESULT_ID).body()).contains("data-testid=\"result-approve\"",
                "data-testid=\"result-reject-form\"");

        Browser.Page refused = browser.post("/results/" + Fixtures.RESULT_ID + "/reject", "reason", "材料不全",
                "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("data-code=\"REGION_NOT_OPERATED\"", "该成果不在您运营的分市场",
                "value=\"材料不全\" data-testid=\"result-reject-reason\"");
        assertThat(stubs.calls("POST", "/catalogue/results/" + Fixtures.RESULT_ID + "/reject").get(0).body())
                .isEqualTo("{\"reason\":\"材料不全\"}");
    }

    @Test
    void shouldTakeAListingOffTheMarketOnlyByItsOwnAction() {
        String path = "/demand/demands/" + Fixtures.DEMAND_ID;
        stubs.json("GET", path, 200, Fixtures.demand("PUBLISHED", ENT_GXSUGAR, "close"));
        stubs.json("POST", path + "/close", 200, Fixtures.demand("CLOSED", ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/demands/" + Fixtures.DEMAND_ID);

        Browser.Page closed = browser.post("/demands/" + Fixtures.DEMAND_ID + "/close", "reason", " 已找到合作方 ",
                "confirmed", "yes");
        Browser.Page withdrawn = browser.post("/demands/" + Fixtures.DEMAND_ID + "/withdraw", "reason", "x");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.uri().getPath()).isEqualTo("/demands/" + Fixtures.DEMAND_ID);
        assertThat(stubs.calls("POST", path + "/close").get(0).body()).isEqualTo("{\"reason\":\"已找到合作方\"}");
        assertThat(withdrawn.status()).as("a result's action, not a demand's").isEqualTo(404);
        assertThat(stubs.calls("POST", path + "/withdraw")).isEmpty();

        Browser university = Browser.signedIn(portal, keycloak, UNI_GXU);
        university.get("/demands/" + Fixtures.DEMAND_ID);
        assertThat(university.post("/demands/" + Fixtures.DEMAND_ID + "/close", "reason", "x", "confirmed", "yes").status()).isEqualTo(403);
        assertThat(stubs.calls("POST", path + "/close")).hasSize(1);
    }

    @Test
    void shouldFileAContractWithItsNonTechnicalItemsAndShowTheRegistration() throws Exception {
        String path = "/registry/contracts/" + Fixtures.CONTRACT_ID;
        stubs.json("GET", path, 200, Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR, "submit"));
        stubs.json("POST", path + "/submit", 200, Fixtures.contract("SUBMITTED", UNI_GXU, ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/contracts/" + Fixtures.CONTRACT_ID).body()).contains(
                "data-testid=\"contract-submit-form\"", "value=\"1200000.00\" data-testid=\"contract-total-amount-input\"",
                "data-testid=\"contract-technical-field-input\"", "<option value=\"ALUMINIUM\">铝</option>");
        stubs.json("GET", path, 200, Fixtures.contract("REGISTERED", UNI_GXU, ENT_GXSUGAR));

        Browser.Page detail = browser.post("/contracts/" + Fixtures.CONTRACT_ID + "/submit",
                "totalContractAmount", "1,000,000.00", "signedOn", "2026-11-05", "title", "",
                "itemCategory", "EQUIPMENT", "itemDescription", "压砖机", "itemAmount", "200000.00",
                "itemCategory", "EQUIPMENT", "itemDescription", "", "itemAmount", "", "technicalField", "ALUMINIUM",
                "confirmed", "yes");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("data-testid=\"contract-registration-number\">26450101000001",
                "data-testid=\"contract-total-amount\">1,000,000.00 元",
                "data-testid=\"contract-technology-transaction-amount\">800,000.00 元", "已登记");
        String sent = stubs.calls("POST", path + "/submit").get(0).body();
        assertThat(sent).contains("\"totalContractAmount\":\"1000000.00\"");
        JsonNode filing = JSON.readTree(sent);
        assertThat(filing.get("signedOn").asText()).isEqualTo("2026-11-05");
        assertThat(filing.get("title").isNull()).isTrue();
        assertThat(filing.get("nonTechnicalItems").toString())
                .isEqualTo("[{\"category\":\"EQUIPMENT\",\"description\":\"压砖机\",\"amount\":\"200000.00\"}]");
        assertThat(filing.get("technicalField").asText()).isEqualTo("ALUMINIUM");
    }

    @Test
    void shouldLetTheBrokerDraftAContractForAPublishedResult() throws Exception {
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.json("GET", "/registry/contracts/brokered/" + Fixtures.RESULT_ID, 200, Fixtures.brokerable("brokered"));
        stubs.json("POST", "/registry/contracts/brokered", 201, Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR));
        stubs.json("GET", "/registry/contracts/" + Fixtures.CONTRACT_ID, 200,
                Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        assertThat(browser.get("/results/" + Fixtures.RESULT_ID).body())
                .contains("href=\"/contracts/new?resultId=" + Fixtures.RESULT_ID + "\"");
        assertThat(browser.get("/contracts/new?resultId=" + Fixtures.RESULT_ID).body())
                .contains("data-testid=\"brokered-result\"", "赤泥综合利用制备建材技术", "1,200,000.00 元");

        // the buyer chosen from the directory (the page shows it as chosen)
        stubs.json("GET", "/directory/organisations/" + ENT_GXSUGAR.orgId(), 200,
                Fixtures.organisation(ENT_GXSUGAR, "VERIFIED"));
        Browser.Page detail = browser.post("/contracts/brokered", "resultId", Fixtures.RESULT_ID, "contractType",
                "LICENSE_PATENT", "buyerSource", "directory", "buyer.uscc", ENT_GXSUGAR.orgId(), "title", "");

        assertThat(detail.uri().getPath()).isEqualTo("/contracts/" + Fixtures.CONTRACT_ID);
        assertThat(detail.body()).contains("data-testid=\"contract-detail\"", "data-status=\"DRAFT\"")
                .doesNotContain("data-testid=\"contract-submit-form\"");
        JsonNode draft = JSON.readTree(stubs.calls("POST", "/registry/contracts/brokered").get(0).body());
        assertThat(draft.get("contractType").asText()).isEqualTo("LICENSE_PATENT");
        // a buyer the directory knows is named by its USCC alone: what else was typed is not sent
        assertThat(draft.get("buyer").toString()).isEqualTo("{\"uscc\":\"" + ENT_GXSUGAR.orgId() + "\"}");
    }

    @Test
    void shouldShowABidRefusalWithThePriceKept() {
        String path = "/bidding/challenges/" + Fixtures.CHALLENGE_ID;
        stubs.json("GET", path, 200, Fixtures.challenge("PUBLISHED", ENT_GXSUGAR, "bid"));
        stubs.problem("POST", path + "/bids", 409,
                Fixtures.problem(409, "BID_ALREADY_SUBMITTED", "本单位已提交过揭榜方案", null));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/challenges/" + Fixtures.CHALLENGE_ID).body()).contains("data-testid=\"bid-form\"");

        Browser.Page refused = browser.post("/challenges/" + Fixtures.CHALLENGE_ID + "/bids", "price", "2800000.50",
                "planSummary", "蔗渣纤维改性", "durationMonths", "18", "teamName", "李明", "teamTitle", "教授",
                "teamRole", "项目负责人", "teamName", "", "teamTitle", "", "teamRole", "",
                "members", "12450000498598577k\n", "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("本单位已提交过揭榜方案", "value=\"2800000.50\"", ">蔗渣纤维改性</textarea>",
                "value=\"18\"", "value=\"李明\"", "value=\"项目负责人\"");
        assertThat(stubs.calls("POST", path + "/bids").get(0).body())
                .isEqualTo("{\"price\":\"2800000.50\",\"planSummary\":\"蔗渣纤维改性\",\"durationMonths\":18,"
                        + "\"team\":[{\"name\":\"李明\",\"title\":\"教授\",\"role\":\"项目负责人\"}],"
                        + "\"members\":[\"12450000498598577K\"]}");
    }

    @Test
    void shouldRefuseABidWithoutATeamOrWithAMalformedMemberBeforeSendingIt() {
        String path = "/bidding/challenges/" + Fixtures.CHALLENGE_ID;
        stubs.json("GET", path, 200, Fixtures.challenge("PUBLISHED", ENT_GXSUGAR, "bid"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/challenges/" + Fixtures.CHALLENGE_ID).body())
                .contains("data-testid=\"bid-team\"", "data-testid=\"bid-members\"",
                        "data-testid=\"bid-team-name-0\"", "data-testid=\"bid-team-role-2\"");

        Browser.Page refused = browser.post("/challenges/" + Fixtures.CHALLENGE_ID + "/bids", "price", "100.00",
                "planSummary", "方案", "durationMonths", "12", "teamName", "李明", "teamTitle", "", "teamRole", "",
                "members", "not-a-uscc", "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-team\"", "data-testid=\"error-members\"",
                "value=\"李明\"");
        assertThat(stubs.calls("POST", path + "/bids")).isEmpty();
    }
}
