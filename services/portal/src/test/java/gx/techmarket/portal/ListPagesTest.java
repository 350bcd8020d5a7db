package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
import static gx.techmarket.portal.support.DemoUser.REGISTRAR_NANNING;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No list lies: every list page of the portal, walked with every service answering 20 rows of a total of 37, shows
 * the pager ("1–20 / 37" and the way on) in each part that shows fewer rows than its total. A list page that cuts its
 * list silently fails here.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ListPagesTest extends PortalTest {

    static final int TOTAL = 37;
    static final int ROWS = 20;
    private static final Pattern ROW = Pattern.compile("data-testid=\"[a-z-]+-row\"");
    private static final Pattern COUNT = Pattern.compile("data-testid=\"count-([a-z-]+)\"");

    /** Every list page, by who can see it. */
    static final Map<DemoUser, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(UNI_GXU, List.of("/home", "/work/my-results", "/work/open-challenges", "/work/my-bids",
                "/work/my-contracts", "/work/my-entitlements", "/results", "/demands", "/challenges",
                "/challenges?open=false", "/notifications", "/interests"));
        PAGES.put(ENT_GXSUGAR, List.of("/home", "/work/my-demands", "/work/demanded-challenges", "/matches"));
        PAGES.put(BROKER_GXTTC, List.of("/home", "/work/latest-results"));
        PAGES.put(REGISTRAR_NANNING, List.of("/home", "/work/registration-queue"));
        PAGES.put(EXPERT_GXAS, List.of("/home"));
        PAGES.put(ADMIN_GX, List.of("/home", "/work/result-review-queue", "/work/demand-review-queue",
                "/work/published-demands", "/work/challenge-drafts", "/work/programmes", "/work/all-entitlements",
                "/announcements/manage", "/work/organisations"));
    }

    static final List<String> PUBLIC_PAGES = List.of("/", "/market/results", "/market/demands",
            "/market/challenges", "/market/challenges?open=false", "/market/search?q=%E8%B5%A4%E6%B3%A5",
            "/announcements/notices", "/announcements/policies");

    @Test
    void shouldShowThePagerWhereverAListShowsFewerRowsThanItsTotal() {
        answerEveryListWithAPageOfALongerList();
        List<String> liars = new ArrayList<>();
        Set<String> listsOnWorkbenches = new TreeSet<>();
        Set<String> listPagesWalked = new TreeSet<>();

        for (String path : PUBLIC_PAGES) {
            check(Browser.open(portal), path, liars);
        }
        for (Map.Entry<DemoUser, List<String>> user : PAGES.entrySet()) {
            Browser browser = Browser.signedIn(portal, keycloak, user.getKey());
            answerEveryListWithAPageOfALongerList();
            for (String path : user.getValue()) {
                String body = check(browser, path, liars);
                if (path.equals("/home")) {
                    Matcher count = COUNT.matcher(body);
                    while (count.find()) {
                        listsOnWorkbenches.add(count.group(1));
                    }
                } else if (path.startsWith("/work/")) {
                    listPagesWalked.add(path.substring("/work/".length()));
                }
            }
        }

        assertThat(liars).as("parts of list pages showing fewer rows than their total without a pager").isEmpty();
        listsOnWorkbenches.remove("contracts-to-file");
        assertThat(listPagesWalked).as("every list a workbench counts has its page walked here")
                .containsAll(listsOnWorkbenches);
        assertThat(listsOnWorkbenches).as("the workbenches' lists").hasSize(16);
    }

    @Test
    void shouldCatchAListCutWithoutAPager() {
        List<String> liars = new ArrayList<>();

        checkParts("/demo", "<section><table><tr data-testid=\"demand-row\"></tr></table></section>", liars);

        assertThat(liars).as("the check itself catches a silent cut").hasSize(1);
    }

    private void answerEveryListWithAPageOfALongerList() {
        for (String path : ServiceStubs.LISTS) {
            String page = Fixtures.page(TOTAL, 0, ROWS, Collections.nCopies(ROWS, item(path)).toArray(String[]::new));
            // a search's page says whether its total is exact (below 1,000 it is) and where the next page starts
            stubs.json("GET", path, 200, path.endsWith("/search")
                    ? page.substring(0, page.length() - 1) + ",\"totalExact\":true,\"nextCursor\":\"bmV4dA\"}" : page);
        }
    }

    private String check(Browser browser, String path, List<String> liars) {
        Browser.Page page = browser.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path + " shows no problem")
                .doesNotContain("data-testid=\"problem\"", "data-testid=\"service-unavailable\"");
        assertThat(ROW.matcher(page.body()).find()).as(path + " shows rows").isTrue();
        checkParts(path, page.body(), liars);
        return page.body();
    }

    /** Each {@code <section>} with rows: fewer rows than the total needs the pager with that total. */
    private static void checkParts(String path, String body, List<String> liars) {
        String[] parts = body.split("<section");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].substring(0, Math.max(parts[i].indexOf("</section>"), 0));
            long rows = ROW.matcher(part).results().count();
            if (rows > 0 && rows < TOTAL && !(part.contains("data-testid=\"pager\" data-total=\"" + TOTAL + "\"")
                    && part.contains("data-testid=\"pager-range\">1–" + rows + " / " + TOTAL + "<"))) {
                liars.add(path + " <section" + part.substring(0, Math.min(part.indexOf('>') + 1, part.length()))
                        + " shows " + rows + " of " + TOTAL);
            }
        }
    }

    /** One row of the list a stub path answers. */
    private static String item(String path) {
        if (path.contains("/interests")) {
            return InterestPagesTest.interest("OWNER", "OPEN", "[]", null);
        }
        if (path.equals("/matching/matches")) {
            return MatchPagesTest.demandMatches("[]", null);
        }
        if (path.contains("/organisations")) {
            return Fixtures.organisationSummary(ENT_GXSUGAR, "VERIFIED");
        }
        if (path.endsWith("/results/search")) {
            return Fixtures.searchHit(Fixtures.result("PUBLISHED", UNI_GXU));
        }
        if (path.endsWith("/demands/search")) {
            return Fixtures.searchHit("demand", Fixtures.demand("PUBLISHED", ENT_GXSUGAR));
        }
        if (path.contains("/results")) {
            return Fixtures.result("PUBLISHED", UNI_GXU);
        }
        if (path.equals("/bidding/demands")) {
            return Fixtures.knownDemand(ENT_GXSUGAR, "challenge");
        }
        if (path.contains("/demands")) {
            return Fixtures.demand("PUBLISHED", ENT_GXSUGAR);
        }
        if (path.contains("/challenges")) {
            return Fixtures.challenge("PUBLISHED", ENT_GXSUGAR);
        }
        if (path.contains("/bids")) {
            return Fixtures.bid(UNI_GXU);
        }
        if (path.contains("/contracts")) {
            return Fixtures.contract("REGISTERED", UNI_GXU, ENT_GXSUGAR);
        }
        if (path.contains("/entitlements")) {
            return Fixtures.entitlement(UNI_GXU, "INTERMEDIARY_SUBSIDY", "8000.00");
        }
        if (path.contains("/programmes")) {
            return Fixtures.programme("INTERMEDIARY_SUBSIDY", "技术转移中介机构补助", "Intermediary subsidy",
                    "2000000.00", "8000.00", "1992000.00");
        }
        if (path.contains("/notifications")) {
            return Fixtures.notification("CONTRACT_DRAFTED", false, "{\"title\":\"合同\",\"counterparty\":\"中心\"}",
                    null);
        }
        if (path.contains("announcements")) {
            return Fixtures.announcement("NOTICE", "PUBLISHED", "withdraw");
        }
        throw new IllegalArgumentException("no row for " + path);
    }
}
