package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
import static gx.techmarket.portal.support.DemoUser.UNI_EXPERT;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.DemoUser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HomePageTest extends PortalTest {

    /** Every section id of the home page; each role sees exactly its own. */
    static final List<String> SECTIONS = List.of("my-results", "my-demands", "demanded-challenges", "open-challenges",
            "my-bids", "my-contracts", "registration-queue", "latest-results", "result-review-queue",
            "demand-review-queue", "published-demands", "challenge-drafts", "programmes", "all-entitlements",
            "my-entitlements", "search-section");

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(UNI_GXU, "university", List.of("my-results", "open-challenges", "my-bids",
                        "my-contracts", "my-entitlements", "search-section")),
                Arguments.of(ENT_GXSUGAR, "enterprise", List.of("my-results", "my-demands", "demanded-challenges",
                        "open-challenges", "my-bids", "my-contracts", "my-entitlements", "search-section")),
                Arguments.of(BROKER_GXTTC, "broker", List.of("my-contracts", "latest-results", "my-entitlements",
                        "search-section")),
                Arguments.of(REGISTRAR_NANNING, "registrar", List.of("registration-queue", "my-entitlements",
                        "search-section")),
                Arguments.of(EXPERT_GXAS, "expert", List.of("latest-results", "my-entitlements", "search-section")),
                Arguments.of(ADMIN_GX, "admin", List.of("result-review-queue", "demand-review-queue",
                        "published-demands", "challenge-drafts", "programmes", "all-entitlements", "my-entitlements",
                        "search-section")),
                Arguments.of(UNI_EXPERT, "university expert", List.of("my-results", "open-challenges", "my-bids",
                        "my-contracts", "latest-results", "my-entitlements", "search-section")));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void shouldShowEachRoleItsOwnSections(DemoUser user, String dataRole, List<String> expected) {
        Browser browser = Browser.signedIn(portal, keycloak, user);
        stubs.reset();

        Browser.Page home = browser.get("/home");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<main id=\"home\" data-role=\"" + dataRole + "\"",
                "data-testid=\"org-name\">" + user.orgName() + "<")
                .doesNotContain("data-testid=\"problem\"", "data-testid=\"service-unavailable\"");
        for (String section : SECTIONS) {
            assertThat(home.body().contains("<section id=\"" + section + "\""))
                    .as("section %s for %s", section, user.username()).isEqualTo(expected.contains(section));
        }
        String token = keycloak.accessTokenOf(user);
        assertThat(stubs.calls()).as("every service call of the home page").isNotEmpty()
                .allSatisfy(call -> {
                    assertThat(call.header("Authorization")).isEqualTo("Bearer " + token);
                    assertThat(call.header("Accept-Language")).isEqualTo("zh-CN");
                });
    }

    @Test
    void shouldListTheUniversitysOwnItemsInChinese() {
        stubs.json("GET", "/catalogue/results/mine", 200, Fixtures.page(Fixtures.result("DRAFT", UNI_GXU)));
        stubs.json("GET", "/bidding/challenges", 200, Fixtures.page(Fixtures.challenge("PUBLISHED", ENT_GXSUGAR)));
        stubs.json("GET", "/bidding/bids/mine", 200, Fixtures.page(Fixtures.bid(UNI_GXU)));
        stubs.json("GET", "/registry/contracts/mine", 200,
                Fixtures.page(Fixtures.contract("REGISTERED", UNI_GXU, ENT_GXSUGAR)));
        stubs.json("GET", "/subsidy/entitlements/mine", 200,
                Fixtures.page(Fixtures.entitlement(UNI_GXU, "INTERMEDIARY_SUBSIDY", "8000.00")));

        Browser.Page home = Browser.signedIn(portal, keycloak, UNI_GXU).get("/home");

        assertThat(home.body()).contains("<html lang=\"zh-CN\">", "我单位的科技成果",
                "data-testid=\"result-row\" data-id=\"" + Fixtures.RESULT_ID + "\" data-status=\"DRAFT\"",
                "赤泥综合利用制备建材技术", "1,200,000.00 元", "草稿", "铝",
                "data-testid=\"challenge-row\" data-id=\"" + Fixtures.CHALLENGE_ID + "\"", "揭榜中",
                "data-testid=\"bid-row\" data-id=\"" + Fixtures.BID_ID + "\"", "2,800,000.50 元",
                "data-testid=\"contract-row\" data-id=\"" + Fixtures.CONTRACT_ID + "\"", "26450101000001",
                "800,000.00 元", "已登记", "data-testid=\"entitlement-row\"", "8,000.00 元", "技术转移中介机构补助",
                "href=\"/results/new\" data-testid=\"result-create-link\"");
    }

    @Test
    void shouldShowTheDemanderItsOwnChallengesFromTheBiddingServicesDemandersList() {
        stubs.json("GET", "/bidding/challenges", 200, Fixtures.page(Fixtures.challenge("PUBLISHED", ENT_GXSUGAR)));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);

        stubs.json("GET", "/bidding/challenges/demanded", 200, Fixtures.page());
        assertThat(section(browser.get("/home").body(), "demanded-challenges"))
                .as("a challenge on the 榜单 is not taken for one of ours").doesNotContain("data-testid=\"challenge-row\"");

        stubs.json("GET", "/bidding/challenges/demanded", 200, Fixtures.page(Fixtures.challenge("CLOSED", ENT_GXSUGAR)));
        assertThat(section(browser.get("/home").body(), "demanded-challenges"))
                .contains("data-testid=\"challenge-row\" data-id=\"" + Fixtures.CHALLENGE_ID + "\"");
        assertThat(stubs.calls()).anySatisfy(call -> assertThat(call.path()).startsWith("/bidding/challenges/demanded"));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void shouldSwitchToEnglishAndAskTheServicesForEnglish() {
        stubs.json("GET", "/demand/demands/mine", 200, Fixtures.page(Fixtures.demand("PUBLISHED", ENT_GXSUGAR)));
        stubs.json("GET", "/bidding/challenges", 200, Fixtures.page(Fixtures.challenge("CLOSED", ENT_GXSUGAR)));
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.reset();
        stubs.json("GET", "/demand/demands/mine", 200, Fixtures.page(Fixtures.demand("PUBLISHED", ENT_GXSUGAR)));
        stubs.json("GET", "/bidding/challenges/demanded", 200, Fixtures.page(Fixtures.challenge("CLOSED", ENT_GXSUGAR)));

        Browser.Page english = browser.get("/home?lang=en");
        Browser.Page next = browser.get("/home");

        for (Browser.Page page : List.of(english, next)) {
            assertThat(page.body()).contains("<html lang=\"en\">", "Our technical demands (技术需求)",
                    "data-testid=\"demand-row\" data-id=\"" + Fixtures.DEMAND_ID + "\"",
                    "3,000,000.00 – 5,000,000.00 yuan", "Published", "Challenges we demand", "Closed",
                    "href=\"/home?lang=zh-CN\"").doesNotContain("我单位的技术需求");
        }
        assertThat(stubs.calls()).isNotEmpty()
                .allSatisfy(call -> assertThat(call.header("Accept-Language")).isEqualTo("en"));

        Browser.Page chinese = browser.get("/home?lang=zh-CN");
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\">", "我单位的技术需求", "已发布");
    }

    @Test
    void shouldGiveTheOperatorReviewQueuesChallengesAndBudgets() {
        stubs.json("GET", "/catalogue/results/review-queue", 200, Fixtures.page(Fixtures.result("SUBMITTED", UNI_GXU)));
        stubs.json("GET", "/demand/demands/review-queue", 200, Fixtures.page(Fixtures.demand("SUBMITTED", ENT_GXSUGAR)));
        stubs.json("GET", "/bidding/demands", 200, Fixtures.page(Fixtures.knownDemand(ENT_GXSUGAR, "challenge")));
        stubs.json("GET", "/bidding/challenges/drafts", 200, Fixtures.page(Fixtures.challenge("DRAFT", ENT_GXSUGAR)));
        stubs.json("GET", "/subsidy/programmes", 200, Fixtures.page(Fixtures.programme("INTERMEDIARY_SUBSIDY",
                "技术转移中介机构补助", "Intermediary subsidy", "2000000.00", "8000.00", "1992000.00")));
        stubs.json("GET", "/subsidy/entitlements", 200, "{\"items\":["
                + Fixtures.entitlement(BROKER_GXTTC, "INTERMEDIARY_SUBSIDY", "8000.00") + "],\"total\":1,\"page\":0,"
                + "\"size\":50}");

        Browser.Page home = Browser.signedIn(portal, keycloak, ADMIN_GX).get("/home");

        assertThat(home.body()).contains("待审核的科技成果",
                "data-testid=\"result-row\" data-id=\"" + Fixtures.RESULT_ID + "\" data-status=\"SUBMITTED\"",
                "data-testid=\"demand-row\" data-id=\"" + Fixtures.DEMAND_ID + "\" data-status=\"SUBMITTED\"",
                "href=\"/challenges/new?demandId=" + Fixtures.DEMAND_ID + "\" data-testid=\"challenge-create-link\"",
                "data-testid=\"challenge-row\" data-id=\"" + Fixtures.CHALLENGE_ID + "\" data-status=\"DRAFT\"",
                "data-testid=\"programme-row\" data-id=\"INTERMEDIARY_SUBSIDY\"", "2,000,000.00 元",
                "8,000.00 元", "1,992,000.00 元", "广西技术转移中心有限公司");
        assertThat(stubs.calls("GET", "/subsidy/entitlements")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.query()).contains("page=0", "size=10"));
    }

    @Test
    void shouldKeepTheOtherSectionsWhenOneServiceRefuses() {
        stubs.problem("GET", "/registry/contracts/mine", 403,
                Fixtures.problem(403, "FORBIDDEN", "无权执行此操作", null));
        stubs.json("GET", "/catalogue/results/mine", 200, Fixtures.page(Fixtures.result("DRAFT", UNI_GXU)));

        Browser.Page home = Browser.signedIn(portal, keycloak, UNI_GXU).get("/home");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("data-testid=\"problem\" data-code=\"FORBIDDEN\">无权执行此操作",
                "data-testid=\"result-row\" data-id=\"" + Fixtures.RESULT_ID + "\"");
    }
}
