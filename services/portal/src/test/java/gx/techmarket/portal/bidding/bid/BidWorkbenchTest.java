package gx.techmarket.portal.bidding.bid;

import static gx.techmarket.portal.bidding.bid.BidderFixtures.BID;
import static gx.techmarket.portal.bidding.bid.BidderFixtures.DOCUMENT;
import static gx.techmarket.portal.support.DemoUser.EXPERT_GXAS;
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
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bidder's workbench beyond the list: the count of each status, a bid's own page with the challenge's current
 * version (and the differences when an edit invalidated the bid), its PDF documents (upload passed on as multipart,
 * download as an attachment, removal confirmed), the complaints and, for a won bid, the 揭榜协议. Against a stubbed
 * bidding service.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BidWorkbenchTest extends PortalTest {

    private static final String PAGE = "/bids/" + BID;
    private static final String BIDDING = "/bidding/bids/" + BID;

    @Test
    void shouldCountTheBidsOfEachStatusAndLinkEachBidToItsPage() {
        stubs.json("GET", "/bidding/bids/mine", 200, Fixtures.page(3, 0, 1, BidderFixtures.bid(BID, "SUBMITTED")));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get("/bids/mine");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"my-bids-counts\"",
                "data-testid=\"my-bids-count\" data-status=\"INVALIDATED\"", "<strong>3</strong>",
                "href=\"/bids/" + BID + "\" data-testid=\"my-bid-open\"");
        assertThat(stubs.calls("GET", "/bidding/bids/mine")).anySatisfy(
                call -> assertThat(call.query()).contains("status=WITHDRAWN", "size=1"));
    }

    @Test
    void shouldShowAnInvalidatedBidWithWhatTheEditChangedAndTheReconfirmationOnTheCurrentVersion() {
        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "INVALIDATED", "withdraw", "reconfirm", "upload"));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200, BidderFixtures.challenge(3));
        stubs.json("GET", BIDDING + "/documents", 200, BidderFixtures.documents(true));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("甘蔗渣高值化利用揭榜", "data-testid=\"bid-invalidated\"",
                "href=\"/challenges/" + Fixtures.CHALLENGE_ID + "/versions/diff?from=2&amp;to=3\"",
                "action=\"/bids/" + BID + "/reconfirm\"", "name=\"challengeVersion\" value=\"5\"",
                "action=\"/bids/" + BID + "/withdraw\"", "广西科学院", "李明", "3,600,000.00 元",
                "data-testid=\"bid-document-upload\"", "技术方案.pdf", "data-testid=\"bid-document-delete\"");
        assertThat(page.body()).doesNotContain("data-testid=\"bid-agreement\"", "data-testid=\"bid-complaints\"");
    }

    @Test
    void shouldOfferNothingTheServiceDoesNotAndLinkTheAgreementOfAWonBid() {
        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "SELECTED"));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200, BidderFixtures.challenge(1));
        stubs.json("GET", BIDDING + "/documents", 200, BidderFixtures.documents(false));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);

        Browser.Page page = browser.get(PAGE);

        assertThat(page.body()).contains("href=\"/challenges/" + Fixtures.CHALLENGE_ID + "/agreement\"",
                "技术方案.pdf");
        assertThat(page.body()).doesNotContain("data-testid=\"reconfirm-form\"", "data-testid=\"withdraw-form\"",
                "data-testid=\"bid-document-upload\"", "data-testid=\"bid-document-delete\"",
                "data-testid=\"bid-version-diff\"");

        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "NOT_SELECTED"));
        assertThat(browser.get(PAGE).body()).contains("href=\"/challenges/" + Fixtures.CHALLENGE_ID + "#complaints\"")
                .doesNotContain("data-testid=\"bid-agreement\"");
    }

    @Test
    void shouldPassAnUploadOnAsMultipartAndADownloadBackAsAnAttachment() {
        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "SUBMITTED", "withdraw", "upload"));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200, BidderFixtures.challenge(1));
        stubs.json("GET", BIDDING + "/documents", 200, BidderFixtures.documents(true));
        stubs.json("POST", BIDDING + "/documents", 201, """
                {"id":"%s","bidId":"%s","fileName":"plan.pdf","mediaType":"application/pdf","size":13,
                 "uploadedBy":"uni.gxu","uploadedAt":"2026-11-03T03:00:00Z","actions":["download","delete"]}"""
                .formatted(DOCUMENT, BID));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        String shown = browser.get(PAGE).body();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(shown);
        assertThat(token.find()).isTrue();
        String boundary = "----portal-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + token.group(1) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 test\r\n--" + boundary + "--\r\n";

        HttpResponse<String> uploaded = browser.send(HttpRequest.newBuilder(browser.resolve(PAGE + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
        assertThat(stubs.calls("POST", BIDDING + "/documents").get(0).header("Content-Type"))
                .startsWith("multipart/form-data");
        assertThat(stubs.calls("POST", BIDDING + "/documents").get(0).body())
                .contains("filename=\"plan.pdf\"", "%PDF-1.7 test");

        stubs.json("GET", BIDDING + "/documents/" + DOCUMENT, 200, "%PDF-1.7 test");
        HttpResponse<String> download = browser.send(HttpRequest.newBuilder(
                browser.resolve(PAGE + "/documents/" + DOCUMENT)).GET());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.7 test");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void shouldShowTheServicesRefusalOfAnUploadOnTheBidPage() {
        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "SUBMITTED", "upload"));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200, BidderFixtures.challenge(1));
        stubs.json("GET", BIDDING + "/documents", 200, BidderFixtures.documents(true));
        stubs.problem("POST", BIDDING + "/documents", 415, """
                {"status":415,"code":"DOCUMENT_TYPE_NOT_ALLOWED","title":"x","detail":"只能上传 PDF 文件。"}""");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        String shown = browser.get(PAGE).body();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(shown);
        assertThat(token.find()).isTrue();
        String boundary = "----portal-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + token.group(1) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.exe\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nMZ\r\n--" + boundary + "--\r\n";

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(browser.resolve(PAGE + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("DOCUMENT_TYPE_NOT_ALLOWED", "data-testid=\"my-bid-detail\"");
    }

    @Test
    void shouldRemoveADocumentOnlyOnceConfirmed() {
        stubs.json("GET", BIDDING, 200, BidderFixtures.bid(BID, "SUBMITTED", "upload"));
        stubs.json("GET", "/bidding/challenges/" + Fixtures.CHALLENGE_ID, 200, BidderFixtures.challenge(1));
        stubs.json("GET", BIDDING + "/documents", 200, BidderFixtures.documents(true));
        stubs.json("DELETE", BIDDING + "/documents/" + DOCUMENT, 204, "");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(PAGE);

        Browser.Page confirm = browser.post(PAGE + "/documents/" + DOCUMENT + "/delete");
        assertThat(confirm.body()).contains("data-action=\"delete-bid-document\"", "技术方案.pdf");
        assertThat(stubs.calls("DELETE", BIDDING + "/documents/" + DOCUMENT)).isEmpty();

        Browser.Page done = browser.post(PAGE + "/documents/" + DOCUMENT + "/delete", "confirmed", "yes");
        assertThat(done.body()).contains("data-testid=\"flash\"", "附件已删除");
        assertThat(stubs.calls("DELETE", BIDDING + "/documents/" + DOCUMENT)).hasSize(1);
    }

    @Test
    void shouldKeepABidsPageToBidders() {
        Browser browser = Browser.signedIn(portal, keycloak, EXPERT_GXAS);
        assertThat(browser.get(PAGE).status()).isEqualTo(403);
        assertThat(stubs.calls("GET", BIDDING)).isEmpty();
    }
}
