package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import gx.techmarket.portal.support.ServiceStubs;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbenches: counts of what waits (a list's total), paged, filterable, sortable lists. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WorkbenchTest extends PortalTest {

    @Test
    void shouldCountWhatWaitsForTheOperatorAndLinkToEachList() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.reset();
        stubs.json("GET", "/catalogue/results/review-queue", 200,
                Fixtures.page(37, 0, 10, rows(10, Fixtures.result("SUBMITTED", UNI_GXU))));
        stubs.json("GET", "/demand/demands/review-queue", 200,
                Fixtures.page(3, 0, 10, rows(3, Fixtures.demand("SUBMITTED", ENT_GXSUGAR))));

        Browser.Page home = browser.get("/home");

        assertThat(home.body()).contains(
                "href=\"/work/result-review-queue\" data-testid=\"count-result-review-queue\" data-count=\"37\"",
                "href=\"/work/demand-review-queue\" data-testid=\"count-demand-review-queue\" data-count=\"3\"",
                "data-testid=\"count-challenge-drafts\" data-count=\"0\"",
                "data-testid=\"pager-range\">1–10 / 37<", "href=\"/work/result-review-queue\" data-testid=\"pager-all\"",
                "查看全部 37 条", "data-testid=\"pager-range\">1–3 / 3<");
        assertThat(stubs.calls("GET", "/catalogue/results/review-queue")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("page=0", "size=10"));
    }

    @Test
    void shouldCountAPartysContractsToFileWithOneRowAsked() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/registry/contracts/mine", 200,
                Fixtures.page(2, 0, 10, rows(2, Fixtures.contract("DRAFT", UNI_GXU, ENT_GXSUGAR, "submit"))));

        Browser.Page home = browser.get("/home");

        assertThat(home.body()).contains("href=\"/work/my-contracts?status=DRAFT\" "
                + "data-testid=\"count-contracts-to-file\" data-count=\"2\"");
        assertThat(stubs.calls("GET", "/registry/contracts/mine")).extracting(ServiceStubs.Call::query)
                .anySatisfy(query -> assertThat(query).contains("status=DRAFT", "size=1"));
    }

    @Test
    void shouldPageAListWithItsRangeAndTheNextPage() {
        Browser browser = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.json("GET", "/catalogue/results/review-queue", 200,
                Fixtures.page(37, 0, 20, rows(20, Fixtures.result("SUBMITTED", UNI_GXU))));

        Browser.Page first = browser.get("/work/result-review-queue");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("data-testid=\"pager-range\">1–20 / 37<",
                "href=\"/work/result-review-queue?page=1\" rel=\"next\"", "aria-current=\"page\"")
                .doesNotContain("rel=\"prev\"");

        stubs.json("GET", "/catalogue/results/review-queue", 200,
                Fixtures.page(37, 1, 20, rows(17, Fixtures.result("SUBMITTED", UNI_GXU))));
        Browser.Page second = browser.get("/work/result-review-queue?page=1&sort=newest&size=20");

        assertThat(second.body()).contains("data-testid=\"pager-range\">21–37 / 37<", "rel=\"prev\"",
                "<option value=\"newest\" selected>").doesNotContain("rel=\"next\"");
        List<ServiceStubs.Call> asked = stubs.calls("GET", "/catalogue/results/review-queue");
        assertThat(asked.get(asked.size() - 1).query()).contains("page=1", "size=20", "sort=newest");
    }

    @Test
    void shouldFilterByStatusAndSendOnlyASortTheServiceOffers() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/registry/contracts/mine", 200,
                Fixtures.page(1, 0, 50, Fixtures.contract("NEEDS_CORRECTION", UNI_GXU, ENT_GXSUGAR, "submit")));

        Browser.Page page = browser.get("/work/my-contracts?status=NEEDS_CORRECTION&sort=drop&size=50");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"NEEDS_CORRECTION\" selected>",
                "<option value=\"50\" selected>");
        List<ServiceStubs.Call> asked = stubs.calls("GET", "/registry/contracts/mine");
        assertThat(asked.get(asked.size() - 1).query()).contains("status=NEEDS_CORRECTION", "size=50")
                .doesNotContain("sort=");
    }

    @Test
    void shouldRefuseAListOfAnotherRoleBeforeCallingTheService() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/work/result-review-queue");

        assertThat(page.status()).isEqualTo(403);
        assertThat(stubs.calls("GET", "/catalogue/results/review-queue")).isEmpty();
    }

    @Test
    void shouldSayTheChallengeListShowsOnlyOpenOnesAndAskForThem() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/challenges");

        assertThat(page.body()).contains("data-testid=\"challenge-list-scope\">仅显示仍在接受揭榜");
        List<ServiceStubs.Call> asked = stubs.calls("GET", "/bidding/challenges");
        assertThat(asked.get(asked.size() - 1).query()).contains("open=true");
    }

    private static String[] rows(int n, String row) {
        return Collections.nCopies(n, row).toArray(String[]::new);
    }
}
