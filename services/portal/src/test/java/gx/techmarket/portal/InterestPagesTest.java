package gx.techmarket.portal;

import static gx.techmarket.portal.support.DemoUser.ADMIN_GX;
import static gx.techmarket.portal.support.DemoUser.BROKER_GXTTC;
import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
import static gx.techmarket.portal.support.DemoUser.UNI_GXU;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.support.Browser;
import gx.techmarket.portal.support.Fixtures;
import gx.techmarket.portal.support.PortalTest;
import gx.techmarket.portal.support.PortalTestResources;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 意向洽谈 in the portal, against a stubbed matching service: what each page offers is the service's word. */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class InterestPagesTest extends PortalTest {

    static final String INTEREST_ID = "b1b1b1b1-0000-4000-8000-000000000018";

    /** A conversation about the fixture result between 广西大学 (owner) and 广西桂糖集团 (interested). */
    static String interest(String side, String state, String actions, String draft) {
        return """
                {"id":"%s","listing":{"id":"%s","kind":"RESULT","title":"赤泥综合利用制备建材技术","regionCode":"451000"},
                 "owner":{"uscc":"124501004985024102","name":"广西大学","kind":"UNIVERSITY","region":"450100"},
                 "interested":{"uscc":"91450100MA5K3B2L5H","name":"广西桂糖集团有限公司","kind":"ENTERPRISE","region":"450100"},
                 "state":"%s","side":"%s","createdAt":"2026-12-06T02:00:00Z","lastMessageAt":"2026-12-06T03:00:00Z",
                 "messageCount":2,"messages":[
                   {"seq":1,"kind":"MESSAGE","authorSide":"INTERESTED","authorOrg":"广西桂糖集团有限公司","author":"张工",
                    "text":"我司有意引进<script>alert(1)</script>","writtenAt":"2026-12-06T02:00:00Z"},
                   {"seq":2,"kind":"CONTACT","authorSide":"OWNER","authorOrg":"广西大学","author":"李老师",
                    "contact":{"name":"李老师","phone":"0771-3232123"},"writtenAt":"2026-12-06T03:00:00Z"}],
                 "actions":%s%s}""".formatted(INTEREST_ID, Fixtures.RESULT_ID, state, side, actions,
                draft == null ? "" : ",\"draft\":" + draft);
    }

    @Test
    void aPublishedResultOffersExpressingInterestWhenTheServiceDoesAndTheFormSendsIt() {
        Browser browser = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.json("GET", "/matching/listings/" + Fixtures.RESULT_ID + "/interest", 200,
                "{\"listingId\":\"" + Fixtures.RESULT_ID + "\",\"kind\":\"RESULT\",\"title\":\"赤泥综合利用制备建材技术\","
                        + "\"listed\":true,\"actions\":[\"express\"]}");

        Browser.Page page = browser.get("/results/" + Fixtures.RESULT_ID);
        assertThat(page.body()).contains("data-testid=\"result-express-interest\"",
                "href=\"/interests/new?listing=" + Fixtures.RESULT_ID + "\"");

        Browser.Page form = browser.get("/interests/new?listing=" + Fixtures.RESULT_ID);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("data-testid=\"interest-form\"", "赤泥综合利用制备建材技术");

        stubs.json("POST", "/matching/interests", 201, interest("INTERESTED", "OPEN", "[\"write\",\"close\"]", null));
        stubs.json("GET", "/matching/interests/" + INTEREST_ID, 200,
                interest("INTERESTED", "OPEN", "[\"write\",\"close\"]", null));
        Browser.Page sent = browser.post("/interests", "listingId", Fixtures.RESULT_ID, "message", "  我司有意引进。\n请联系。 ");
        assertThat(sent.uri().getPath()).isEqualTo("/interests/" + INTEREST_ID);
        assertThat(stubs.calls("POST", "/matching/interests")).singleElement().satisfies(call -> assertThat(call.body())
                .contains("\"listingId\":\"" + Fixtures.RESULT_ID + "\"", "\"message\":\"我司有意引进。\\n请联系。\""));
    }

    @Test
    void withoutTheServicesOfferOrAsTheOwnerNothingIsOfferedAndAnOpenConversationIsLinked() {
        Browser owner = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/catalogue/results/" + Fixtures.RESULT_ID, 200, Fixtures.result("PUBLISHED", UNI_GXU));
        stubs.json("GET", "/matching/listings/" + Fixtures.RESULT_ID + "/interest", 200,
                "{\"listingId\":\"" + Fixtures.RESULT_ID + "\",\"kind\":\"RESULT\",\"title\":\"t\",\"listed\":true,"
                        + "\"actions\":[]}");
        assertThat(owner.get("/results/" + Fixtures.RESULT_ID).body()).doesNotContain("express-interest",
                "open-interest");

        Browser sugar = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/matching/listings/" + Fixtures.RESULT_ID + "/interest", 200,
                "{\"listingId\":\"" + Fixtures.RESULT_ID + "\",\"kind\":\"RESULT\",\"title\":\"t\",\"listed\":true,"
                        + "\"openInterestId\":\"" + INTEREST_ID + "\",\"actions\":[]}");
        assertThat(sugar.get("/results/" + Fixtures.RESULT_ID).body()).contains(
                "data-testid=\"result-open-interest\"", "href=\"/interests/" + INTEREST_ID + "\"")
                .doesNotContain("result-express-interest");
    }

    @Test
    void theConversationShowsItsEntriesEscapedAndOnlyTheFormsItsActionsAllow() {
        Browser owner = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/matching/interests/" + INTEREST_ID, 200,
                interest("OWNER", "OPEN", "[\"write\",\"shareContact\",\"inviteBroker\",\"close\"]", null));

        Browser.Page page = owner.get("/interests/" + INTEREST_ID);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"interest-write-form\"", "data-testid=\"interest-contact-form\"",
                "data-testid=\"interest-broker-form\"", "data-testid=\"interest-close-form\"", "0771-3232123",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)", "interest-draft-contract");

        Browser broker = Browser.signedIn(portal, keycloak, BROKER_GXTTC);
        stubs.json("GET", "/matching/interests/" + INTEREST_ID, 200, interest("BROKER", "OPEN",
                "[\"write\",\"draftContract\"]", "{\"resultId\":\"" + Fixtures.RESULT_ID
                        + "\",\"buyerUscc\":\"91450100MA5K3B2L5H\"}"));
        assertThat(broker.get("/interests/" + INTEREST_ID).body()).contains("data-testid=\"interest-draft-contract\"",
                "href=\"/contracts/new?resultId=" + Fixtures.RESULT_ID + "&amp;buyer=91450100MA5K3B2L5H\"")
                .doesNotContain("interest-contact-form", "interest-broker-form", "interest-close-form");

        stubs.json("GET", "/matching/interests/" + INTEREST_ID, 200, interest("OWNER", "CLOSED", "[]", null));
        assertThat(owner.get("/interests/" + INTEREST_ID).body()).contains("data-testid=\"interest-closed\"")
                .doesNotContain("interest-write-form", "interest-close-form");
    }

    @Test
    void aRefusalOfTheServiceComesBackNextToTheFormAndClosingAsksFirst() {
        Browser owner = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/matching/interests/" + INTEREST_ID, 200,
                interest("OWNER", "OPEN", "[\"write\",\"shareContact\",\"inviteBroker\",\"close\"]", null));
        owner.get("/interests/" + INTEREST_ID);
        stubs.problem("POST", "/matching/interests/" + INTEREST_ID + "/contacts", 400,
                "{\"status\":400,\"code\":\"CONTACT_EMPTY\",\"title\":\"请至少填写一种联系方式\","
                        + "\"detail\":\"分享联系人时须填写电话或电子邮箱中的至少一项。\"}");

        Browser.Page refused = owner.post("/interests/" + INTEREST_ID + "/contacts", "name", "李老师", "phone", "",
                "email", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-code=\"CONTACT_EMPTY\"", "value=\"李老师\"");

        Browser.Page asked = owner.post("/interests/" + INTEREST_ID + "/close");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(stubs.calls("POST", "/matching/interests/" + INTEREST_ID + "/close")).isEmpty();
        stubs.json("POST", "/matching/interests/" + INTEREST_ID + "/close", 200,
                interest("OWNER", "CLOSED", "[]", null));
        owner.post("/interests/" + INTEREST_ID + "/close", "confirmed", "yes");
        assertThat(stubs.calls("POST", "/matching/interests/" + INTEREST_ID + "/close")).hasSize(1);
    }

    @Test
    void theNoticesOfInterestAreWrittenInBothLanguages() {
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        stubs.json("GET", "/notification/notifications", 200, Fixtures.page(
                Fixtures.notification("INTEREST_RECEIVED", false,
                        "{\"counterparty\":\"广西桂糖集团有限公司\",\"listingKind\":\"RESULT\"}", null),
                Fixtures.notification("INTEREST_ANSWERED", false,
                        "{\"counterparty\":\"百色华银新材料有限公司\",\"listingKind\":\"DEMAND\"}", null),
                Fixtures.notification("BROKER_INVITED", false, "{\"counterparty\":\"广西桂糖集团有限公司\","
                        + "\"otherParty\":\"广西大学\",\"listingKind\":\"RESULT\"}", null)));

        assertThat(browser.get("/notifications").body()).contains(
                "广西桂糖集团有限公司对您单位发布的科技成果表达了合作意向，请查看并回复。",
                "百色华银新材料有限公司回复了您单位的合作意向。",
                "广西桂糖集团有限公司邀请您的机构参与与广西大学的意向洽谈。");
        assertThat(browser.get("/notifications?lang=en").body()).contains(
                "广西桂糖集团有限公司 expressed interest in your organisation&#39;s result",
                "百色华银新材料有限公司 answered your organisation&#39;s expression of interest.",
                "invited your organisation into its conversation with 广西大学.");
    }

    @Test
    void theListFiltersByRoleAndStateAndOperatorsSeeCountsOnly() {
        Browser sugar = Browser.signedIn(portal, keycloak, ENT_GXSUGAR);
        stubs.json("GET", "/matching/interests", 200, Fixtures.page(interest("INTERESTED", "OPEN", "[]", null)));
        Browser.Page list = sugar.get("/interests?role=sent&state=OPEN");
        assertThat(list.body()).contains("data-testid=\"interest-row\"", "广西大学");
        assertThat(stubs.calls("GET", "/matching/interests")).last()
                .satisfies(call -> assertThat(call.query()).contains("role=sent", "state=OPEN"));
        sugar.get("/interests?role=nonsense&state=nonsense");
        assertThat(stubs.calls("GET", "/matching/interests")).last()
                .satisfies(call -> assertThat(call.query()).contains("role=all").doesNotContain("state="));

        Browser admin = Browser.signedIn(portal, keycloak, ADMIN_GX);
        stubs.json("GET", "/matching/interests/counts", 200,
                "[{\"regionCode\":\"450100\",\"state\":\"OPEN\",\"count\":3}]");
        Browser.Page counts = admin.get("/interests/counts");
        assertThat(counts.body()).contains("data-testid=\"interest-count-row\"", "data-region=\"450100\"", ">3<");
        assertThat(admin.get("/interests").status()).isEqualTo(403);
        assertThat(sugar.get("/interests/counts").status()).isEqualTo(403);
    }
}
