package gx.techmarket.portal.bidding.bid;

import static gx.techmarket.portal.support.DemoUser.ENT_GXSUGAR;
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
import org.junit.jupiter.api.Test;

/**
 * The bid form's consortium members picked from the directory: a search lists verified organisations to add, an added
 * member is shown by name and can be removed, the typed bid is kept and nothing is sent; the service's refusal of a
 * member is shown next to that member. Against stubbed bidding and directory services.
 */
@QuarkusTest
@WithTestResource(value = PortalTestResources.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConsortiumPickerTest extends PortalTest {

    private static final String CHALLENGE = "/challenges/" + Fixtures.CHALLENGE_ID;
    private static final String MEMBER = EXPERT_GXAS.orgId(); // 广西科学院

    @Test
    void shouldFindAddAndRemoveAMemberWithoutSendingTheBid() {
        stubs.json("GET", "/bidding" + CHALLENGE, 200, Fixtures.challenge("PUBLISHED", ENT_GXSUGAR, "bid"));
        stubs.json("GET", "/directory/organisations", 200,
                Fixtures.page(Fixtures.organisationSummary(EXPERT_GXAS, "VERIFIED")));
        stubs.json("GET", "/directory/organisations/" + MEMBER, 200, Fixtures.organisation(EXPERT_GXAS, "VERIFIED"));
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        assertThat(browser.get(CHALLENGE).body()).contains("data-testid=\"bid-member-find\"")
                .doesNotContain("data-testid=\"bid-member-options\"");

        Browser.Page found = browser.post(CHALLENGE + "/bids", "price", "300000.00", "planSummary", "方案",
                "memberQuery", "科学院", "find-member", "yes");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("data-testid=\"bid-member-options\"", "广西科学院",
                "name=\"add-member\" value=\"" + MEMBER + "\"", "value=\"300000.00\"");
        assertThat(stubs.calls("GET", "/directory/organisations")).anySatisfy(
                call -> assertThat(call.query()).contains("q=%E7%A7%91%E5%AD%A6%E9%99%A2"));

        Browser.Page added = browser.post(CHALLENGE + "/bids", "price", "300000.00", "planSummary", "方案",
                "memberQuery", "科学院", "add-member", MEMBER);
        assertThat(added.body()).contains("data-testid=\"bid-member\" data-uscc=\"" + MEMBER + "\"",
                "<strong>广西科学院</strong>", ">" + MEMBER + "</textarea>");

        Browser.Page removed = browser.post(CHALLENGE + "/bids", "price", "300000.00", "members", MEMBER,
                "remove-member", MEMBER);
        assertThat(removed.body()).doesNotContain("data-testid=\"bid-member\" data-uscc=");
        assertThat(stubs.calls("POST", "/bidding" + CHALLENGE + "/bids")).isEmpty();
    }

    @Test
    void shouldShowTheServicesRefusalOfAMemberNextToIt() {
        stubs.json("GET", "/bidding" + CHALLENGE, 200, Fixtures.challenge("PUBLISHED", ENT_GXSUGAR, "bid"));
        stubs.json("GET", "/directory/organisations/" + MEMBER, 200, Fixtures.organisation(EXPERT_GXAS, "VERIFIED"));
        stubs.problem("POST", "/bidding" + CHALLENGE + "/bids", 409, """
                {"status":409,"code":"CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST","title":"x",
                 "detail":"联合体成员广西科学院与需求方存在关联关系。","errors":[{"field":"members[0]",
                 "code":"CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST","message":"广西科学院与需求方存在关联关系。"}]}""");
        Browser browser = Browser.signedIn(portal, keycloak, UNI_GXU);
        browser.get(CHALLENGE);

        Browser.Page refused = browser.post(CHALLENGE + "/bids", "price", "300000.00", "planSummary", "方案",
                "durationMonths", "12", "teamName", "李明", "teamTitle", "教授", "teamRole", "负责人",
                "members", MEMBER, "confirmed", "yes");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("data-testid=\"error-members[0]\"", "广西科学院与需求方存在关联关系");
    }
}
