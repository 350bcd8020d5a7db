package gx.techmarket.bidding.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 联合体揭榜: members from the directory, each held to the bidder's rule, one bid per organisation, sealing. */
@QuarkusTest
class ConsortiumBidTest extends BiddingServiceTest {

    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String GXAS = Tokens.of(Role.UNIVERSITY, Orgs.GXAS);
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String ZJU = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
    static final String DEMANDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Test
    void aConsortiumBidsWithItsMembersAsTheDirectoryKnowsThemAndStaysSealedUntilTheDeadline() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        String bid = submit(GXU, id, Flow.consortiumBody("4200000.00", List.of(Orgs.GXAS.uscc(), Orgs.ZJU.uscc())))
                .statusCode(201)
                .body("bidder.uscc", equalTo(Orgs.GXU.uscc()))
                .body("members.uscc", contains(Orgs.GXAS.uscc(), Orgs.ZJU.uscc()))
                .body("members[0].name", equalTo(Orgs.GXAS.name()))
                .body("team.name", contains("李明", "王芳"))
                .body("team[0].role", equalTo("项目负责人"))
                .body("price", equalTo("4200000.00"))
                .body("challengeVersion", notNullValue())
                .extract().path("id");

        // a member sees the bid (not to change it); the demander and the operator do not, before the deadline
        given().auth().oauth2(GXAS).when().get("/bids/" + bid).then().statusCode(200).body("actions", empty());
        given().auth().oauth2(GXAS).when().get("/bids/mine").then().statusCode(200).body("items.id", hasItem(bid));
        given().auth().oauth2(GXAS).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items.id", contains(bid));
        given().auth().oauth2(GXAS).when().post("/bids/" + bid + "/withdraw").then().statusCode(403)
                .body("code", equalTo("NOT_BID_LEAD"));
        for (String sealedFrom : List.of(DEMANDER, BAISE_ADMIN, Flow.PROVINCE, GUET)) {
            given().auth().oauth2(sealedFrom).when().get("/bids/" + bid).then().statusCode(404)
                    .body("code", equalTo("BID_NOT_FOUND"));
        }
        given().auth().oauth2(DEMANDER).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items", empty());
        // a member's organisation has taken part: it is not offered a bid of its own
        assertThat(Flow.actions(GXAS, id)).doesNotContain("bid");

        clock.advance(Flow.pastTheDeadline());
        given().auth().oauth2(DEMANDER).when().get("/bids/" + bid).then().statusCode(200)
                .body("members.uscc", contains(Orgs.GXAS.uscc(), Orgs.ZJU.uscc()));
        given().auth().oauth2(BAISE_ADMIN).when().get("/challenges/" + id + "/bids").then().statusCode(200)
                .body("items[0].members.uscc", contains(Orgs.GXAS.uscc(), Orgs.ZJU.uscc()));
        given().auth().oauth2(GUET).when().get("/bids/" + bid).then().statusCode(404);
    }

    @Test
    void aMemberRelatedToTheCounterpartyIsRefusedByName() {
        String id = Flow.published(db, clock, Orgs.GUILIN_SUGAR);
        long before = rows("bid");
        submit(GXU, id, Flow.consortiumBody("1000000.00", List.of(Orgs.GXAS.uscc(), Orgs.GX_SUGAR_GROUP.uscc())))
                .statusCode(409).body("code", equalTo("CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST"))
                .body("detail", containsString(Orgs.GX_SUGAR_GROUP.name()));
        // a sibling of the demander in the same group may take part, as it may bid
        submit(GXU, id, Flow.consortiumBody("1000000.00", List.of(Orgs.NANNING_SUGAR.uscc()))).statusCode(201);
        assertThat(rows("bid")).isEqualTo(before + 1);
    }

    @Test
    void anOrganisationTakesPartInOneBidPerChallenge() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        Flow.bid(GUET, id, "900000.00");
        submit(GXU, id, Flow.consortiumBody("1000000.00", List.of(Orgs.GXAS.uscc(), Orgs.GUET.uscc())))
                .statusCode(409).body("code", equalTo("CONSORTIUM_MEMBER_IN_OTHER_BID"))
                .body("detail", containsString(Orgs.GUET.name()));
        submit(GXU, id, Flow.consortiumBody("1000000.00", List.of(Orgs.GXAS.uscc()))).statusCode(201);
        // GXAS is in GXU's consortium: neither its own bid nor membership of another is possible
        submit(GXAS, id, Flow.bidBody("800000.00", "独立揭榜", 12)).statusCode(409)
                .body("code", equalTo("CONSORTIUM_MEMBER_IN_OTHER_BID"));
        submit(ZJU, id, Flow.consortiumBody("1100000.00", List.of(Orgs.GXAS.uscc()))).statusCode(409)
                .body("code", equalTo("CONSORTIUM_MEMBER_IN_OTHER_BID"));
        submit(GXU, id, Flow.bidBody("800000.00", "第二份", 12)).statusCode(409)
                .body("code", equalTo("BID_ALREADY_SUBMITTED"));
        assertThat(Db.count(db, "select count(*) from bid where challenge_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void aConsortiumAsWrittenIsCheckedFieldByField() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        long before = rows("bid");
        submit(GXU, id, Flow.consortiumBody("1.00", List.of(Orgs.GXAS.uscc(), Orgs.GXU.uscc()))).statusCode(400)
                .body("code", equalTo("CONSORTIUM_LEAD_AS_MEMBER")).body("errors[0].field", equalTo("members[1]"));
        submit(GXU, id, Flow.consortiumBody("1.00", List.of(Orgs.GXAS.uscc(), Orgs.GUET.uscc(), Orgs.GXAS.uscc())))
                .statusCode(400).body("code", equalTo("CONSORTIUM_MEMBER_DUPLICATE"))
                .body("errors[0].field", equalTo("members[2]"));
        submit(GXU, id, Flow.consortiumBody("1.00", List.of(Orgs.GXAS.uscc(), "91450100MA5XXXXX0Y")))
                .statusCode(400).body("code", equalTo("CONSORTIUM_MEMBER_UNKNOWN"))
                .body("errors[0].field", equalTo("members[1]"));
        List<String> eleven = Orgs.all().stream().map(Party::uscc).filter(u -> !u.equals(Orgs.GXU.uscc()))
                .limit(11).toList();
        submit(GXU, id, Flow.consortiumBody("1.00", eleven)).statusCode(400)
                .body("code", equalTo("CONSORTIUM_TOO_LARGE")).body("errors[0].field", equalTo("members"));
        submit(GXU, id, Flow.consortiumBody("1.00", List.of("not-a-uscc"))).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        Map<String, Object> noTeam = Flow.bidBody("1.00", "无团队", 12);
        noTeam.put("team", List.of());
        submit(GXU, id, noTeam).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("team"));
        noTeam.remove("team");
        submit(GXU, id, noTeam).statusCode(400).body("errors.field", hasItem("team"));
        Map<String, Object> bigTeam = Flow.bidBody("1.00", "团队过大", 12);
        bigTeam.put("team", java.util.Collections.nCopies(31, Map.of("name", "张三", "title", "工程师", "role", "研发")));
        submit(GXU, id, bigTeam).statusCode(400).body("errors.field", hasItem("team"));
        Map<String, Object> blankPerson = Flow.bidBody("1.00", "空白成员", 12);
        blankPerson.put("team", List.of(Map.of("name", " ", "title", "工程师", "role", "研发")));
        submit(GXU, id, blankPerson).statusCode(400).body("errors.field", hasItem("team[0].name"));
        assertThat(rows("bid")).isEqualTo(before);
    }

    @Test
    void aBidOnAVersionOfTheChallengeThatIsNoLongerCurrentIsRefused() {
        String id = Flow.published(db, clock, Orgs.BAISE_ALUMINIUM);
        long version = given().auth().oauth2(GXU).when().get("/challenges/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        Map<String, Object> stale = Flow.bidBody("1000000.00", "旧版本上的方案", 12);
        stale.put("challengeVersion", version + 1);
        submit(GXU, id, stale).statusCode(409).body("code", equalTo("CHALLENGE_VERSION_STALE"));
        Map<String, Object> current = Flow.bidBody("1000000.00", "当前版本上的方案", 12);
        current.put("challengeVersion", version);
        submit(GXU, id, current).statusCode(201).body("challengeVersion", equalTo((int) version));
    }

    static ValidatableResponse submit(String token, String challengeId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").header("Accept-Language", "en")
                .body(body).when().post("/challenges/" + challengeId + "/bids").then();
    }

}
