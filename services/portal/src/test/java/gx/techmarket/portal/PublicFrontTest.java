package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The market without signing in: its home, search, each published item's page, a 404 in the user's language. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PublicFrontTest extends PortalTest {

    @Test
    void shouldShowTheMarketsLatestToAnAnonymousVisitor() {
        stubs.json("GET", "/catalogue/public/results", 200, Fixtures.page(Fixtures.result("PUBLISHED", UNI_GXU)));
        stubs.json("GET", "/demand/public/demands", 200, Fixtures.page(Fixtures.demand("PUBLISHED", ENT_GXSUGAR)));
        stubs.json("GET", "/bidding/public/challenges", 200,
                Fixtures.page(Fixtures.challenge("PUBLISHED", ENT_GXSUGAR)));
        stubs.json("GET", "/notification/public/announcements", 200,
                Fixtures.page(Fixtures.announcement("NOTICE", "PUBLISHED")));

        Browser.Page front = Browser.open(portal).get("/");

        assertThat(front.status()).isEqualTo(200);
        assertThat(front.body()).contains("id=\"landing\"", "id=\"sign-in\"",
                "href=\"/market/results/" + Fixtures.RESULT_ID + "\"", "赤泥综合利用制备建材技术", "120 万元",
                "href=\"/market/demands/" + Fixtures.DEMAND_ID + "\"", "300–500 万元",
                "href=\"/market/challenges/" + Fixtures.CHALLENGE_ID + "\"",
                "href=\"/announcements/" + Fixtures.ANNOUNCEMENT_ID + "\"", "关于开展2026年度技术合同认定登记工作的通知",
                "主办单位：广西壮族自治区科学技术厅", "桂ICP备00000000号-1（演示备案号", "联系方式",
                "<script type=\"module\" src=\"/js/portal.js\"></script>", "class=\"skip-link\" href=\"#content\"");
        assertThat(stubs.calls("GET", "/bidding/public/challenges")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("open=true"));
        assertThat(stubs.calls("GET", "/notification/public/announcements")).extracting(ServiceStubs.Call::query)
                .anySatisfy(q -> assertThat(q).contains("kind=NOTICE"))
                .anySatisfy(q -> assertThat(q).contains("kind=POLICY"));
    }

    @Test
    void shouldShowAPublishedResultAndAskTheVisitorToSignInToAct() {
        stubs.json("GET", "/catalogue/public/results/" + Fixtures.RESULT_ID, 200,
                Fixtures.result("PUBLISHED", UNI_GXU));

        Browser.Page page = Browser.open(portal).get("/market/results/" + Fixtures.RESULT_ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"public-result-title\">赤泥综合利用制备建材技术",
                "<meta name=\"description\" content=\"", "1,200,000.00 元（120 万元）",
                "href=\"/results/" + Fixtures.RESULT_ID + "\" data-testid=\"public-sign-in\"")
                .doesNotContain("id=\"sign-out\"");
        assertThat(stubs.calls()).allSatisfy(call -> assertThat(call.header("Authorization")).isNull());
    }

    @Test
    void shouldShowTheEnglishTitleAndSummaryToEnglishReaders() {
        stubs.json("GET", "/catalogue/public/results/" + Fixtures.RESULT_ID, 200,
                Fixtures.result("PUBLISHED", UNI_GXU).replace("\"summary\":", "\"titleEn\":\"Building materials from red "
                        + "mud\",\"summaryEn\":\"Unfired bricks from alumina red mud.\",\"summary\":"));
        Browser english = Browser.open(portal);
        english.get("/?lang=en");

        Browser.Page page = english.get("/market/results/" + Fixtures.RESULT_ID);
        Browser.Page chinese = Browser.open(portal).get("/market/results/" + Fixtures.RESULT_ID);

        assertThat(page.body()).contains("data-testid=\"public-result-title\">Building materials from red mud",
                "data-testid=\"public-result-title-zh\">赤泥综合利用制备建材技术", "Unfired bricks from alumina red mud.");
        assertThat(chinese.body()).contains("data-testid=\"public-result-title\">赤泥综合利用制备建材技术")
                .doesNotContain("public-result-title-zh");
    }

    @Test
    void shouldShowTheServicesNotFoundForAnUnpublishedItem() {
        stubs.problem("GET", "/demand/public/demands/" + Fixtures.DEMAND_ID, 404,
                Fixtures.problem(404, "DEMAND_NOT_FOUND", "技术需求不存在", null));

        Browser.Page page = Browser.open(portal).get("/market/demands/" + Fixtures.DEMAND_ID);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("data-code=\"DEMAND_NOT_FOUND\"", "技术需求不存在");
    }

    @Test
    void shouldSearchResultsAndDemandsTogether() {
        stubs.json("GET", "/catalogue/public/results/search", 200,
                Fixtures.page(Fixtures.searchHit(Fixtures.result("PUBLISHED", UNI_GXU))));

        Browser.Page page = Browser.open(portal).get("/market/search?q=%E8%B5%A4%E6%B3%A5");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"赤泥\"", "data-testid=\"public-result-row\"");
        for (String path : List.of("/catalogue/public/results/search", "/demand/public/demands/search")) {
            assertThat(stubs.calls("GET", path)).singleElement()
                    .satisfies(call -> assertThat(call.query()).contains("q=%E8%B5%A4%E6%B3%A5"));
        }
    }

    @Test
    void shouldSearchTheCatalogueWithFacetsHighlightsAndACursor() {
        stubs.json("GET", "/catalogue/public/results/search", 200, """
                {"items":[{"result":%s,"highlights":{"title":"<em>赤泥</em>综合利用制备建材技术",
                  "summary":"以氧化铝<em>赤泥</em>为原料 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 免烧砖"}}],
                 "total":1000,"totalExact":false,
                 "facets":{"industry":[{"value":"ALUMINIUM","count":812},{"value":"SUGAR","count":3}],
                           "county":[{"value":"451081","count":7}],"priceBand":[{"value":"FROM_1M_TO_5M","count":40}]},
                 "facetsExact":false,"nextCursor":"c2Vjb25k"}""".formatted(Fixtures.result("PUBLISHED", UNI_GXU)));

        Browser.Page page = Browser.open(portal).get("/market/results?q=%E8%B5%A4%E6%B3%A5&industry=ALUMINIUM");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>赤泥</mark>综合利用制备建材技术", "以氧化铝<mark>赤泥</mark>为原料",
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 免烧砖", "共 1000+ 条",
                "name=\"industry\" value=\"ALUMINIUM\" checked", "约 812", "靖西市", "100万–500万元",
                "href=\"/market/results?q=%E8%B5%A4%E6%B3%A5&amp;industry=ALUMINIUM&amp;cursor=c2Vjb25k&amp;from=2\"",
                "data-testid=\"pager-range\">1–1 / 1000+<",
                "<option value=\"relevance\"")
                .doesNotContain("<script>alert(1)");
        assertThat(stubs.calls("GET", "/catalogue/public/results/search")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("q=%E8%B5%A4%E6%B3%A5", "industry=ALUMINIUM",
                        "size=20"));
    }

    @Test
    void shouldSayWhenTheHitsMatchOnlySomeOfTheWordsAndMarkThem() {
        stubs.json("GET", "/catalogue/public/results/search", 200, """
                {"items":[{"result":%s,"highlights":{"title":"人造板<em>甲醛</em>释放快速检测"},"partial":true}],
                 "total":1,"totalExact":true,"facets":{},"facetsExact":true,"nextCursor":null,"partial":true}"""
                .formatted(Fixtures.result("PUBLISHED", UNI_GXU)));

        Browser.Page page = Browser.open(portal).get("/market/results?q=%E6%9D%BF%E6%9D%90%E7%94%B2%E9%86%9B%E8%B6%85%E6%A0%87");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"search-partial\"", "与全部关键词都匹配的不足 10 条",
                "data-partial=\"true\"", "data-testid=\"partial-match\">部分匹配<");

        stubs.json("GET", "/catalogue/public/results/search", 200, """
                {"items":[{"result":%s,"highlights":{}}],"total":1,"totalExact":true,"facets":{},
                 "facetsExact":true,"nextCursor":null}""".formatted(Fixtures.result("PUBLISHED", UNI_GXU)));
        assertThat(Browser.open(portal).get("/market/results?q=x").body())
                .doesNotContain("data-testid=\"search-partial\"", "data-testid=\"partial-match\"");
    }

    @Test
    void shouldSearchListedDemandsWithTheirBudgetBandsAndCooperationModes() {
        stubs.json("GET", "/demand/public/demands/search", 200, """
                {"items":[{"demand":%s,"highlights":{"title":"<em>甘蔗渣</em>高值化利用"}}],
                 "total":1,"totalExact":true,
                 "facets":{"budgetBand":[{"value":"FROM_1M_TO_5M","count":1}],
                           "cooperationMode":[{"value":"JOINT_DEVELOPMENT","count":1}]},
                 "facetsExact":true,"nextCursor":null}""".formatted(Fixtures.demand("PUBLISHED", ENT_GXSUGAR)));

        Browser.Page page = Browser.open(portal).get("/market/demands?q=%E7%94%98%E8%94%97%E6%B8%A3&sort=deadline");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>甘蔗渣</mark>高值化利用", "共 1 条", "100万–500万元", "合作开发",
                "href=\"/market/demands/" + Fixtures.DEMAND_ID + "\"", "<option value=\"deadline\" selected")
                .doesNotContain("data-testid=\"search-next\"");
        assertThat(stubs.calls("GET", "/demand/public/demands/search")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("sort=deadline", "size=20"));
    }

    @Test
    void shouldShowTheCataloguesRefusalOfASearchNextToTheWords() {
        stubs.problem("GET", "/catalogue/public/results/search", 400,
                Fixtures.problem(400, "QUERY_TOO_LONG", "检索词不能超过 100 个字符", null));

        Browser.Page page = Browser.open(portal).get("/market/results?q=" + "%E8%B5%A4".repeat(101));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"q-error\"", "data-code=\"QUERY_TOO_LONG\"", "检索词不能超过 100 个字符",
                "aria-invalid=\"true\"");
    }

    /** 1,000 Chinese characters in the address are 9,000 bytes: the page still comes, with the refusal beside the box. */
    @Test
    void shouldShowTheRefusalOfAThousandCharacterQueryFromTheAddress() {
        stubs.problem("GET", "/catalogue/public/results/search", 400,
                Fixtures.problem(400, "QUERY_TOO_LONG", "检索词不能超过 100 个字符", null));

        Browser.Page page = Browser.open(portal).get("/market/results?q=" + "%E8%B5%A4".repeat(1000));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"q-error\"", "data-code=\"QUERY_TOO_LONG\"", "检索词不能超过 100 个字符");
        assertThat(stubs.calls("GET", "/catalogue/public/results/search")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("%E8%B5%A4".repeat(1000)));
    }

    @Test
    void shouldAnswerAnUnknownAddressWithAPageInTheUsersLanguage() {
        Browser.Page chinese = Browser.open(portal).get("/no-such-page");
        Browser english = Browser.open(portal);
        english.get("/?lang=en");
        Browser.Page inEnglish = english.get("/market/no-such-page");

        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.body()).contains("id=\"not-found\"", "页面不存在").doesNotContain("Resource not found");
        assertThat(inEnglish.status()).isEqualTo(404);
        assertThat(inEnglish.body()).contains("Page not found");
    }

    @Test
    void shouldBringAUserWhoseSessionRanOutUnderAFormBackToItsPage() {
        Browser browser = Browser.signedIn(portal, keycloak, DemoUser.ADMIN_GX);

        HttpResponse<String> back = browser.getWithoutRedirects("/results/" + Fixtures.RESULT_ID + "/approve");

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/results/" + Fixtures.RESULT_ID);
        assertThat(stubs.calls("POST", "/catalogue/results/" + Fixtures.RESULT_ID + "/approve")).isEmpty();
    }
}
