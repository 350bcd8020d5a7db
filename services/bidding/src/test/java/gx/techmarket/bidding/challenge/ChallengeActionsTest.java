package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.evaluation.Evaluate;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code actions} of every view, step by step through a challenge's life, for each kind of caller: what is
 * listed is then accepted, and what is not listed is refused.
 */
@QuarkusTest
class ChallengeActionsTest extends BiddingServiceTest {

    static final String OPERATOR = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String BIDDER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BIDDERS_COLLEAGUE = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.3", "李娜").build();
    static final String OTHER_ORG = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String EXPERT = Tokens.of(Role.EXPERT, Orgs.GXAS);

    @Test
    void eachCallerIsOfferedExactlyWhatItMayDoAtEachStep() {
        UUID demandId = Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM);
        String demand = "/demands/" + demandId;
        assertThat(actions(OPERATOR, demand)).containsExactly("challenge");
        assertThat(actions(Flow.PROVINCE, demand)).containsExactly("challenge");
        assertThat(actions(DEMANDER, demand)).isEmpty();
        assertThat(actions(BIDDER, demand)).isEmpty();

        // a draft: its region's operators may publish it; nobody else sees it
        String id = Flow.create(OPERATOR, demandId, clock.instant().plus(Flow.OPEN_FOR));
        String challenge = "/challenges/" + id;
        assertThat(actions(OPERATOR, demand)).isEmpty();
        assertThat(actions(OPERATOR, challenge)).containsExactly("publish", "cancel");
        assertThat(actions(Flow.PROVINCE, challenge)).containsExactly("publish", "cancel");
        assertThat(listedActions(OPERATOR, "/challenges/drafts?size=100", id)).containsExactly("publish", "cancel");
        Evaluate.method(OPERATOR, id);
        given().auth().oauth2(OPERATOR).when().post(challenge + "/publish").then().statusCode(200)
                .body("actions", contains("revise", "cancel"));

        // published: eligible organisations may bid, once; the demander may not, nor those without a bidder's role
        assertThat(actions(BIDDER, challenge)).containsExactly("bid");
        assertThat(actions(OTHER_ORG, challenge)).containsExactly("bid");
        assertThat(listedActions(BIDDER, "/challenges?size=100", id)).containsExactly("bid");
        assertThat(actions(DEMANDER, challenge)).isEmpty();
        assertThat(listedActions(DEMANDER, "/challenges/demanded?size=100", id)).isEmpty();
        assertThat(actions(OPERATOR, challenge)).containsExactly("revise", "cancel");
        assertThat(actions(EXPERT, challenge)).isEmpty();
        String bid = Flow.bid(BIDDER, id, "1200000.00");
        assertThat(actions(BIDDER, "/bids/" + bid)).containsExactly("withdraw", "upload");
        assertThat(listedActions(BIDDER, "/bids/mine?size=100", bid)).containsExactly("withdraw", "upload");
        assertThat(listedActions(BIDDER, challenge + "/bids", bid)).containsExactly("withdraw", "upload");
        assertThat(actions(BIDDER, challenge)).isEmpty();
        assertThat(actions(BIDDERS_COLLEAGUE, challenge)).isEmpty();
        assertThat(actions(OTHER_ORG, challenge)).containsExactly("bid");

        // the deadline passed: nobody awards before the qualification and the experts' scores (bidding.evaluation)
        clock.advance(Flow.pastTheDeadline());
        for (String nobody : List.of(DEMANDER, BIDDER, OTHER_ORG, EXPERT)) {
            assertThat(actions(nobody, challenge)).isEmpty();
        }
        // the operator may still cancel it before the award (the qualification's actions are the evaluation's view)
        assertThat(actions(OPERATOR, challenge)).containsExactly("cancel");
        assertThat(actions(DEMANDER, "/bids/" + bid)).isEmpty();
        Evaluate.evaluated(OPERATOR, id, bid);

        // every score is in: the demander may award, by selecting a scored bid
        assertThat(actions(DEMANDER, challenge)).containsExactly("award");
        assertThat(actions(DEMANDER, "/bids/" + bid)).containsExactly("award");
        assertThat(listedActions(DEMANDER, challenge + "/bids", bid)).containsExactly("award");
        for (String nobody : List.of(BIDDER, OTHER_ORG, EXPERT)) {
            assertThat(actions(nobody, challenge)).isEmpty();
        }
        assertThat(actions(OPERATOR, challenge)).containsExactly("cancel");
        assertThat(actions(OPERATOR, "/bids/" + bid)).isEmpty();
        assertThat(actions(BIDDER, "/bids/" + bid)).isEmpty();
        given().auth().oauth2(DEMANDER).contentType("application/json").body(Map.of("bidId", bid))
                .when().post(challenge + "/award").then().statusCode(200)
                .body("ranking[0].actions", empty());

        // awarded: nothing more to do for anybody
        for (String anybody : List.of(OPERATOR, Flow.PROVINCE, DEMANDER, BIDDER, OTHER_ORG)) {
            assertThat(actions(anybody, challenge)).isEmpty();
        }
        assertThat(actions(DEMANDER, "/bids/" + bid)).isEmpty();
        assertThat(actions(OPERATOR, demand)).isEmpty();
    }

    @Test
    void whatTheEndpointWouldRefuseIsNotOffered() {
        // a draft whose deadline passed cannot be published (DEADLINE_PASSED)
        String late = Flow.create(OPERATOR, Flow.knownDemand(db, Orgs.BAISE_ALUMINIUM),
                clock.instant().plus(Duration.ofHours(1)));
        // a challenge nobody bid on has no bid to award (BID_NOT_FOUND)
        String unbid = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        // the demander's parent may not bid on its subsidiary's challenge (BIDDER_CONFLICT_OF_INTEREST)
        String subsidiarys = Flow.published(db, clock, Orgs.GUILIN_SUGAR);
        assertThat(actions(Flow.token(Orgs.GX_SUGAR_GROUP), "/challenges/" + subsidiarys)).isEmpty();
        assertThat(actions(BIDDER, "/challenges/" + subsidiarys)).containsExactly("bid");
        // the operator of another sub-market may read a published challenge but not act on it
        assertThat(actions(OPERATOR, "/challenges/" + subsidiarys)).isEmpty();

        clock.advance(Flow.pastTheDeadline());
        assertThat(actions(OPERATOR, "/challenges/" + late)).containsExactly("cancel");
        given().auth().oauth2(OPERATOR).when().post("/challenges/" + late + "/publish").then().statusCode(409);
        assertThat(actions(DEMANDER, "/challenges/" + unbid)).isEmpty();
    }

    private static List<String> actions(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .extract().jsonPath().getList("actions", String.class);
    }

    /** The actions of item {@code id} in the list at {@code path}. */
    private static List<String> listedActions(String token, String path, String id) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .extract().jsonPath().getList("items.find { it.id == '" + id + "' }.actions", String.class);
    }
}
