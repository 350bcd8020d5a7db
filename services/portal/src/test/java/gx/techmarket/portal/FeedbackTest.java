package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a user is told about a form and an action: each error next to its field and named in the summary, the limits
 * before typing, a confirmation before an irreversible step (the server's own page, for a browser without
 * JavaScript), a success message once after it, and the form kept through a language switch.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FeedbackTest extends PortalTest {

    private static final String RESULT = "/results/" + Fixtures.RESULT_ID;

    @Test
    void shouldShowEachLimitBeforeTyping() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page form = browser.get("/results/new");

        assertThat(form.body()).contains("id=\"title\" name=\"title\" maxlength=\"200\"",
                "最多 200 字 · <span data-counter-for=\"title\" data-testid=\"counter-title\">0 / 200</span>",
                "maxlength=\"5000\" data-testid=\"result-summary\"",
                "<span data-counter-for=\"summary\" data-testid=\"counter-summary\">0 / 5000</span>",
                "<script type=\"module\" src=\"/js/forms.js\"></script>");
    }

    @Test
    void shouldNameEveryFieldInTheSummaryAndShowItsErrorNextToIt() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");

        Browser.Page again = browser.post("/results", "title", "", "summary", "蔗".repeat(5001), "industry",
                "SUGAR", "maturity", "PILOT", "transferModes", "TRANSFER", "askingPrice", "880,000.50",
                "priceNegotiable", "true", "regionCode", "450100");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains(
                // the summary: how many, each field by its name in the user's language, linked to its input
                "请修改以下 3 项：",
                "<li data-field=\"title\"><a href=\"#title\">名称</a>：必填。</li>",
                "<li data-field=\"summary\"><a href=\"#summary\">成果简介</a>：最多 5000 个字。</li>",
                "<a href=\"#askingPrice\">挂牌价格</a>：选择“面议”时请不要填写价格",
                // next to each field, and pointed at by it
                "id=\"title-error\" data-testid=\"error-title\">必填。",
                "id=\"summary-error\" data-testid=\"error-summary\">最多 5000 个字。",
                "id=\"askingPrice-error\" data-testid=\"error-askingPrice\">选择“面议”时请不要填写价格",
                "aria-invalid=\"true\" aria-describedby=\"askingPrice-error\"",
                // the typed price kept: not silently dropped because of 面议
                "value=\"880,000.50\"");
        assertThat(again.body()).doesNotContain("必填。必填。");
        assertThat(stubs.calls("POST", "/catalogue/results")).isEmpty();
    }

    @Test
    void shouldShowAServicesCrossFieldErrorNextToItsFieldAndNameItInTheSummary() {
        stubs.problem("POST", "/demand/demands", 400, Fixtures.problem(400, "BUDGET_RANGE_INVALID",
                "预算上限不能低于预算下限", "[{\"field\":\"budgetMax\",\"code\":\"BUDGET_RANGE_INVALID\","
                        + "\"message\":\"预算上限（100,000.00 元）不能低于预算下限（500,000.00 元）\"}]"));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/demands/new");

        Browser.Page again = browser.post("/demands", "title", "甘蔗渣高值化利用", "problem", "蔗渣制材料",
                "industry", "SUGAR", "budgetMin", "500000", "budgetMax", "100000", "deadline", "2027-01-31",
                "regionCode", "450100", "cooperationModes", "JOINT_DEVELOPMENT");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("data-code=\"BUDGET_RANGE_INVALID\"",
                "<a href=\"#budgetMax\">预算上限</a>：预算上限（100,000.00 元）不能低于预算下限",
                "id=\"budgetMax-error\" data-testid=\"error-budgetMax\">预算上限（100,000.00 元）");
    }

    @Test
    void shouldAskBeforeAnIrreversibleStepAndDoItOnlyOnceConfirmed() {
        stubs.json("GET", "/catalogue" + RESULT, 200, Fixtures.result("SUBMITTED", UNI_GXU, "approve", "reject"));
        stubs.json("POST", "/catalogue" + RESULT + "/approve", 200, Fixtures.result("PUBLISHED", UNI_GXU));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        Browser.Page detail = browser.get(RESULT);
        // with JavaScript: the form opens its dialog, which says the same and posts confirmed=yes
        assertThat(detail.body()).contains("data-confirm=\"confirm-approve\"", "<dialog class=\"confirm-dialog\" "
                + "id=\"confirm-approve\"", "name=\"confirmed\" value=\"yes\"", "壹佰贰拾万元整");

        Browser.Page confirm = browser.post(RESULT + "/approve");

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(stubs.calls("POST", "/catalogue" + RESULT + "/approve")).as("nothing done on one click").isEmpty();
        assertThat(confirm.body()).contains("data-testid=\"confirm-page\" data-action=\"approve\"",
                "请确认：审核通过并发布", "赤泥综合利用制备建材技术", "审核通过后立即在平台公开发布",
                "data-testid=\"confirm-amount\">1,200,000.00 元", "data-testid=\"confirm-daxie\">大写：壹佰贰拾万元整",
                "action=\"" + RESULT + "/approve\"", "href=\"" + RESULT + "\" data-testid=\"confirm-back\"");

        Browser.Page done = browser.post(RESULT + "/approve", "confirmed", "yes");

        assertThat(done.uri().getPath()).isEqualTo(RESULT);
        assertThat(stubs.calls("POST", "/catalogue" + RESULT + "/approve")).hasSize(1);
    }

    @Test
    void shouldConfirmARegistrationWithItsAmountsInFiguresAndInWords() {
        String path = "/registry/contracts/" + Fixtures.CONTRACT_ID;
        // an accepted filing: its amounts as the registry computed them (the fixture's registered contract's)
        stubs.json("GET", path, 200, Fixtures.contract("REGISTERED", UNI_GXU, ENT_GXSUGAR, "register",
                "return-for-correction").replace("\"status\":\"REGISTERED\"", "\"status\":\"ACCEPTED\""));
        Browser browser = Browser.signedIn(portal, keycloak, REGISTRAR_NANNING);
        browser.get("/contracts/" + Fixtures.CONTRACT_ID);

        Browser.Page confirm = browser.post("/contracts/" + Fixtures.CONTRACT_ID + "/register");
        Browser.Page returning = browser.post("/contracts/" + Fixtures.CONTRACT_ID + "/return-for-correction",
                "reasons", "缺少签字页\n金额不一致");

        assertThat(confirm.body()).contains("请确认：准予登记", "1,000,000.00 元", "壹佰万元整", "800,000.00 元",
                "捌拾万元整", "200,000.00 元", "贰拾万元整");
        assertThat(returning.body()).contains("请确认：退回补正", "name=\"reasons\" value=\"缺少签字页\n金额不一致\"");
        assertThat(stubs.calls("POST", path + "/register")).isEmpty();
        assertThat(stubs.calls("POST", path + "/return-for-correction")).isEmpty();
    }

    @Test
    void shouldConfirmAFilingWithTheAmountsTypedAndPostThemAgain() {
        String path = "/registry/contracts/" + Fixtures.CONTRACT_ID;
        stubs.json("GET", path, 200, Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR, "submit"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/contracts/" + Fixtures.CONTRACT_ID);

        Browser.Page confirm = browser.post("/contracts/" + Fixtures.CONTRACT_ID + "/submit",
                "totalContractAmount", "880,050.50", "signedOn", "2026-11-05", "title", "",
                "itemCategory", "EQUIPMENT", "itemDescription", "压砖机", "itemAmount", "200000");

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("请确认：提交认定登记", "880,050.50 元", "捌拾捌万零伍拾元伍角",
                "200,000.00 元", "贰拾万元整", "name=\"totalContractAmount\" value=\"880,050.50\"",
                "name=\"itemDescription\" value=\"压砖机\"");
        assertThat(stubs.calls("POST", path + "/submit")).isEmpty();
    }

    @Test
    void shouldSayWhatHappenedOnceAfterAnAction() {
        stubs.json("GET", "/catalogue" + RESULT, 200, Fixtures.result("SUBMITTED", UNI_GXU, "approve", "reject"));
        stubs.json("POST", "/catalogue" + RESULT + "/approve", 200, Fixtures.result("PUBLISHED", UNI_GXU));
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        browser.get(RESULT);

        Browser.Page done = browser.post(RESULT + "/approve", "confirmed", "yes");
        Browser.Page reloaded = browser.get(RESULT);

        assertThat(done.body()).contains("role=\"status\" data-testid=\"flash\" data-kind=\"approved\">已审核通过并发布。");
        assertThat(reloaded.body()).as("shown once").doesNotContain("data-testid=\"flash\"");
        assertThat(browser.setCookies()).anySatisfy(c -> assertThat(c).startsWith("techmarket-flash=approved;")
                .contains("Max-Age=60", "HttpOnly")).anySatisfy(c -> assertThat(c).startsWith("techmarket-flash=;")
                .contains("Max-Age=0"));
    }

    @Test
    void shouldShowNoTextOfItsOwnFromTheFlashCookie() {
        stubs.json("GET", "/catalogue" + RESULT, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.resolve(RESULT))
                .header("Cookie", browser.cookieHeader() + "; techmarket-flash=%3Cb%3Ehacked%3C%2Fb%3E").GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("data-testid=\"flash\"", "hacked");
    }

    @Test
    void shouldKeepTheFormAndItsErrorsWhenTheLanguageIsSwitched() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get("/results/new");
        Browser.Page refused = browser.post("/results", "title", "", "summary", "以甘蔗渣为原料模压成型可降解餐具。",
                "industry", "SUGAR", "maturity", "PILOT", "transferModes", "LICENSE", "askingPrice", "880000.50",
                "regionCode", "451000");
        assertThat(refused.body()).contains("name=\"shown-errors\" value=\"yes\"",
                "name=\"switch-language\" value=\"en\" formaction=\"/results?lang=en\" formnovalidate");

        Browser.Page english = browser.post("/results?lang=en", "title", "", "summary", "以甘蔗渣为原料模压成型可降解餐具。",
                "industry", "SUGAR", "maturity", "PILOT", "transferModes", "LICENSE", "askingPrice", "880000.50",
                "regionCode", "451000", "shown-errors", "yes", "switch-language", "en");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\">", "以甘蔗渣为原料模压成型可降解餐具。</textarea>",
                "value=\"880000.50\"", "value=\"LICENSE\" data-testid=\"result-mode-LICENSE\" checked",
                "<option value=\"451000\" selected>", "<a href=\"#title\">Title</a>：Required.",
                "data-testid=\"error-title\">Required.");
        assertThat(stubs.calls("POST", "/catalogue/results")).as("a language switch sends nothing").isEmpty();
        // the language stays chosen for the next pages
        assertThat(browser.get("/results/new").body()).contains("<html lang=\"en\">");

        Browser.Page fresh = browser.post("/results?lang=zh-CN", "title", "赤泥", "switch-language", "zh-CN");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.body()).contains("<html lang=\"zh-CN\">", "value=\"赤泥\"")
                .as("no errors on a form that showed none").doesNotContain("data-testid=\"problem\"");
    }

    @Test
    void shouldAcceptADescriptionOfFiveThousandCharactersAsTyped() {
        stubs.json("POST", "/demand/demands", 201, Fixtures.demand("DRAFT", ENT_GXSUGAR));
        stubs.json("GET", "/demand/demands/" + Fixtures.DEMAND_ID, 200, Fixtures.demand("DRAFT", ENT_GXSUGAR));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        browser.get("/demands/new");
        String problem = "需要将蔗渣纤维制成可降解餐具，要求耐热一百摄氏度。".repeat(200).substring(0, 5000);

        Browser.Page detail = browser.post("/demands", "title", "蔗".repeat(200), "problem", problem, "industry",
                "SUGAR", "budgetMin", "300000", "budgetMax", "600000", "deadline", "2027-01-31", "regionCode",
                "450100", "cooperationModes", "COMMISSIONED_DEVELOPMENT");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("data-testid=\"flash\" data-kind=\"saved\"");
        assertThat(stubs.calls("POST", "/demand/demands").get(0).body()).contains("\"problem\":\"" + problem + "\"",
                "\"title\":\"" + "蔗".repeat(200) + "\"");
    }

    @Test
    void shouldKeepABidThroughALanguageSwitchAndConfirmItWithItsPriceInWords() {
        String path = "/bidding/challenges/" + Fixtures.CHALLENGE_ID;
        stubs.json("GET", path, 200, Fixtures.challenge("PUBLISHED", ENT_GXSUGAR, "bid"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get("/challenges/" + Fixtures.CHALLENGE_ID).body()).contains(
                "data-confirm=\"confirm-bid\"", "data-daxie-of=\"price\"");

        Browser.Page english = browser.post("/challenges/" + Fixtures.CHALLENGE_ID + "/bids?lang=en", "price",
                "2800000.50", "planSummary", "蔗渣纤维改性", "durationMonths", "18", "teamName", "李明", "teamTitle",
                "教授", "teamRole", "项目负责人", "switch-language", "en");
        Browser.Page confirm = browser.post("/challenges/" + Fixtures.CHALLENGE_ID + "/bids?lang=zh-CN", "price",
                "2800000.50", "planSummary", "蔗渣纤维改性", "durationMonths", "18", "teamName", "李明", "teamTitle",
                "教授", "teamRole", "项目负责人");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\">", "value=\"2800000.50\"", ">蔗渣纤维改性</textarea>",
                "value=\"项目负责人\"");
        assertThat(confirm.body()).contains("请确认：提交揭榜方案", "2,800,000.50 元", "贰佰捌拾万元伍角",
                "name=\"planSummary\" value=\"蔗渣纤维改性\"", "name=\"teamName\" value=\"李明\"");
        assertThat(stubs.calls("POST", path + "/bids")).isEmpty();
    }
}
