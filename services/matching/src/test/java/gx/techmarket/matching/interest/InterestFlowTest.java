package gx.techmarket.matching.interest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.matching.MatchingServiceTest;
import gx.techmarket.matching.listing.Listings;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 意向洽谈 end to end through the API: who may do what, what the parties see, and what is published. */
@QuarkusTest
class InterestFlowTest extends MatchingServiceTest {

    static final String SUGAR = Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String OUTSIDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);

    static String express(String token, UUID listingId, String message) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + listingId + "\", \"message\": \"" + message + "\"}")
                .when().post("/interests")
                .then().statusCode(201).contentType(ContentType.JSON)
                .extract().path("id");
    }

    private List<String> eventsOf(String interestId) {
        return Db.column(db, "select type from outbox where aggregateid = ? order by seq", interestId).stream()
                .map(Object::toString).toList();
    }

    private String payload(String interestId, String type) {
        return Db.single(db, "select payload::text from outbox where aggregateid = ? and type = ?", interestId, type)
                .toString();
    }

    @Test
    void anEnterpriseExpressesInterestInAResultAndTheUniversityAnswers() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "甘蔗糖厂清洁生产成套技术"));
        String id = express(SUGAR, result, "我司糖厂有意引进该技术，\\n请介绍中试情况。");

        // the sender's view: the listing, the parties, the first message, its actions
        given().auth().oauth2(SUGAR).when().get("/interests/" + id).then().statusCode(200)
                .body("listing.id", equalTo(result.toString()))
                .body("listing.kind", equalTo("RESULT"))
                .body("owner.uscc", equalTo(Orgs.GXU.uscc()))
                .body("interested.uscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("side", equalTo("INTERESTED"))
                .body("state", equalTo("OPEN"))
                .body("messages.text", contains("我司糖厂有意引进该技术，\n请介绍中试情况。"))
                .body("actions", contains("write", "inviteBroker", "close"));
        // the owner sees it among what it received; the sender among what it sent
        given().auth().oauth2(GXU).queryParam("role", "received").queryParam("size", 100).when().get("/interests")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(SUGAR).queryParam("role", "received").queryParam("size", 100).when().get("/interests")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(SUGAR).queryParam("role", "sent").queryParam("state", "OPEN").queryParam("size", 100)
                .when().get("/interests").then().statusCode(200).body("items.id", hasItem(id));

        // InterestExpressed: ids and parties, never the message
        assertThat(eventsOf(id)).containsExactly("matching.InterestExpressed.v1");
        String expressed = payload(id, "matching.InterestExpressed.v1");
        assertThat(EventSchemas.validate("matching.InterestExpressed.v1", EventJson.readTree(expressed))).isEmpty();
        assertThat(expressed).doesNotContain("中试").contains(Orgs.GXU.uscc()).contains("\"listingRegion\"");

        // the owner's first message answers it (once); later messages publish nothing
        given().auth().oauth2(GXU).contentType(ContentType.JSON).body("{\"text\": \"欢迎来校考察。\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(200)
                .body("side", equalTo("OWNER"))
                .body("actions", contains("write", "shareContact", "inviteBroker", "close"))
                .body("messages.authorSide", contains("INTERESTED", "OWNER"));
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON).body("{\"text\": \"好的，下周到访。\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(200);
        given().auth().oauth2(GXU).contentType(ContentType.JSON).body("{\"text\": \"收到。\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(200)
                .body("messageCount", equalTo(4));
        assertThat(eventsOf(id)).containsExactly("matching.InterestExpressed.v1", "matching.InterestAnswered.v1");
        assertThat(EventSchemas.validate("matching.InterestAnswered.v1",
                EventJson.readTree(payload(id, "matching.InterestAnswered.v1")))).isEmpty();
    }

    @Test
    void anEntryNamesItsWriterAndOrganisationEvenWithoutADisplayName() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "甘蔗渣板材技术"));
        String id = express(SUGAR, result, "有意向。");
        String nameless = Tokens.as(Role.UNIVERSITY, Orgs.GXU).user("uni.gxu.li", "李老师").withoutClaim("name")
                .build();
        given().auth().oauth2(nameless).contentType(ContentType.JSON).body("{\"text\": \"您好。\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(200)
                .body("messages[1].author", equalTo("uni.gxu.li"))
                .body("messages[1].authorOrg", equalTo(Orgs.GXU.name()));
    }

    @Test
    void onlyTheOwnersSideSharesAContactWrittenAsItIsNow() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "糖蜜发酵副产物回收技术"));
        String id = express(SUGAR, result, "请提供联系人。");
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"name\": \"张工\", \"phone\": \"13800000000\"}")
                .when().post("/interests/" + id + "/contacts").then().statusCode(403)
                .body("code", equalTo("NOT_LISTING_OWNER"));
        given().auth().oauth2(GXU).contentType(ContentType.JSON).body("{\"name\": \"李老师\"}")
                .when().post("/interests/" + id + "/contacts").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("CONTACT_EMPTY"));
        given().auth().oauth2(GXU).contentType(ContentType.JSON)
                .body("{\"name\": \"李老师\", \"phone\": \"0771-3232123\"}")
                .when().post("/interests/" + id + "/contacts").then().statusCode(200)
                .body("messages[1].kind", equalTo("CONTACT"))
                .body("messages[1].contact.name", equalTo("李老师"))
                .body("messages[1].contact.phone", equalTo("0771-3232123"))
                .body("messages[1].contact.email", nullValue());
        // sharing a contact answers the interest
        assertThat(eventsOf(id)).containsExactly("matching.InterestExpressed.v1", "matching.InterestAnswered.v1");
        assertThat(payload(id, "matching.InterestAnswered.v1")).doesNotContain("李老师").doesNotContain("3232123");
    }

    @Test
    void oneOpenConversationPerListingAndOrganisationAndNeverOnOnesOwnOrAnUnlistedListing() {
        ResultPublished published = Listings.result(Orgs.GXU, "低温连续澄清工艺");
        UUID result = Listings.publish(db, published);
        String first = express(SUGAR, result, "有意向。");
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + result + "\", \"message\": \"再次表达。\"}")
                .when().post("/interests").then().statusCode(409).body("code", equalTo("INTEREST_ALREADY_OPEN"));
        given().auth().oauth2(GXU).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + result + "\", \"message\": \"自己的成果。\"}")
                .when().post("/interests").then().statusCode(409).body("code", equalTo("OWN_LISTING"));
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + UUID.randomUUID() + "\", \"message\": \"不存在。\"}")
                .when().post("/interests").then().statusCode(404).body("code", equalTo("LISTING_NOT_FOUND"));

        // closed, it may begin again
        given().auth().oauth2(SUGAR).when().post("/interests/" + first + "/close").then().statusCode(200)
                .body("state", equalTo("CLOSED")).body("actions", org.hamcrest.Matchers.empty());
        given().auth().oauth2(GXU).contentType(ContentType.JSON).body("{\"text\": \"还在吗？\"}")
                .when().post("/interests/" + first + "/messages").then().statusCode(409)
                .body("code", equalTo("INTEREST_CLOSED"));
        assertThat(eventsOf(first)).containsExactly("matching.InterestExpressed.v1", "matching.InterestClosed.v1");
        assertThat(EventSchemas.validate("matching.InterestClosed.v1",
                EventJson.readTree(payload(first, "matching.InterestClosed.v1")))).isEmpty();
        express(SUGAR, result, "重新联系。");

        // a withdrawn result takes no new interest
        Listings.withdraw(db, published);
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + result + "\", \"message\": \"有意向。\"}")
                .when().post("/interests").then().statusCode(404).body("code", equalTo("LISTING_NOT_FOUND"));
    }

    @Test
    void aDemandTakesInterestUntilItsDeadline() {
        UUID open = Listings.publish(db, Listings.demand(Orgs.BAISE_ALUMINIUM, "赤泥制备路基材料",
                LocalDate.now().plusDays(30)));
        UUID past = Listings.publish(db, Listings.demand(Orgs.BAISE_ALUMINIUM, "赤泥提取钪",
                LocalDate.now().minusDays(2)));
        String id = express(GXU, open, "我校有赤泥资源化研究团队。");
        given().auth().oauth2(OUTSIDER).when().get("/interests/" + id).then().statusCode(200)
                .body("side", equalTo("OWNER")).body("listing.kind", equalTo("DEMAND"));
        given().auth().oauth2(GXU).contentType(ContentType.JSON)
                .body("{\"listingId\": \"" + past + "\", \"message\": \"有意向。\"}")
                .when().post("/interests").then().statusCode(404).body("code", equalTo("LISTING_NOT_FOUND"));
    }

    @Test
    void aListingsPageIsOfferedExpressUntilTheOrganisationHasAnOpenConversation() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "甘蔗叶还田机械"));
        given().auth().oauth2(SUGAR).when().get("/listings/" + result + "/interest").then().statusCode(200)
                .body("listed", equalTo(true)).body("kind", equalTo("RESULT"))
                .body("actions", contains("express")).body("openInterestId", nullValue());
        given().auth().oauth2(GXU).when().get("/listings/" + result + "/interest").then().statusCode(200)
                .body("actions", org.hamcrest.Matchers.empty()); // its own
        String id = express(SUGAR, result, "有意向。");
        given().auth().oauth2(SUGAR).when().get("/listings/" + result + "/interest").then().statusCode(200)
                .body("actions", org.hamcrest.Matchers.empty()).body("openInterestId", equalTo(id));
        given().auth().oauth2(SUGAR).when().get("/listings/" + UUID.randomUUID() + "/interest").then()
                .statusCode(404).body("code", equalTo("LISTING_NOT_FOUND"));
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).when()
                .get("/listings/" + result + "/interest").then().statusCode(403);
    }

    @Test
    void onlyThePartiesSeeAConversationAndOthersGet404() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "蔗渣可降解餐具成型工艺"));
        String id = express(SUGAR, result, "有意向。");
        given().auth().oauth2(OUTSIDER).when().get("/interests/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("INTEREST_NOT_FOUND"));
        given().auth().oauth2(OUTSIDER).contentType(ContentType.JSON).body("{\"text\": \"插话\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(404);
        given().auth().oauth2(OUTSIDER).when().post("/interests/" + id + "/close").then().statusCode(404);
        given().auth().oauth2(BROKER).when().get("/interests/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).when().get("/interests/" + id)
                .then().statusCode(403);
        given().when().get("/interests/" + id).then().statusCode(401);
        given().auth().oauth2(OUTSIDER).queryParam("size", 100).when().get("/interests").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void eitherSideInvitesOneVerifiedBrokerWhoThenTakesPartAndMayStartAContractDraft() {
        UUID result = Listings.publish(db, Listings.result(Orgs.GXU, "蔗渣生物法制浆技术"));
        String id = express(SUGAR, result, "希望有经纪机构协助。");
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"brokerUscc\": \"" + Orgs.LIUZHOU_AUTO_PARTS.uscc() + "\"}")
                .when().post("/interests/" + id + "/broker").then().statusCode(400)
                .body("code", equalTo("NOT_A_BROKER"));
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"brokerUscc\": \"91450100MA5K3B2L5H\"}") // itself: an enterprise, so refused as no broker
                .when().post("/interests/" + id + "/broker").then().statusCode(400);
        given().auth().oauth2(SUGAR).contentType(ContentType.JSON)
                .body("{\"brokerUscc\": \"" + Orgs.GX_TECH_TRANSFER.uscc() + "\"}")
                .when().post("/interests/" + id + "/broker").then().statusCode(200)
                .body("broker.uscc", equalTo(Orgs.GX_TECH_TRANSFER.uscc()))
                .body("actions", contains("write", "close"));
        given().auth().oauth2(GXU).contentType(ContentType.JSON)
                .body("{\"brokerUscc\": \"" + Orgs.LIUZHOU_TECH_BROKERS.uscc() + "\"}")
                .when().post("/interests/" + id + "/broker").then().statusCode(409)
                .body("code", equalTo("BROKER_ALREADY_INVITED"));

        // the broker sees it, writes in it, may start the registry's brokered draft (buyer: the interested side)
        given().auth().oauth2(BROKER).when().get("/interests/" + id).then().statusCode(200)
                .body("side", equalTo("BROKER"))
                .body("actions", contains("write", "draftContract"))
                .body("draft.resultId", equalTo(result.toString()))
                .body("draft.buyerUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()));
        given().auth().oauth2(BROKER).contentType(ContentType.JSON).body("{\"text\": \"我中心可协助评估作价。\"}")
                .when().post("/interests/" + id + "/messages").then().statusCode(200)
                .body("messages[1].authorSide", equalTo("BROKER"));
        given().auth().oauth2(BROKER).queryParam("role", "brokered").queryParam("size", 100).when().get("/interests")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(BROKER).when().post("/interests/" + id + "/close").then().statusCode(403)
                .body("code", equalTo("NOT_A_SIDE"));

        assertThat(eventsOf(id)).containsExactly("matching.InterestExpressed.v1", "matching.BrokerInvited.v1");
        String invited = payload(id, "matching.BrokerInvited.v1");
        assertThat(EventSchemas.validate("matching.BrokerInvited.v1", EventJson.readTree(invited))).isEmpty();
        assertThat(invited).doesNotContain("作价");
    }

    @Test
    void operatorsSeeCountsOfTheirSubMarketNeverContents() {
        Party liuzhou = Orgs.LIUZHOU_AUTO_PARTS;
        UUID result = Listings.publish(db, Listings.result(liuzhou, "变速箱齿轮热处理工艺"));
        express(GXU, result, "我校可合作。");
        String province = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
        String liuzhouAdmin = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
        String baiseAdmin = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
        given().auth().oauth2(province).when().get("/interests/counts").then().statusCode(200)
                .body("regionCode", hasItem("450200"))
                .body("find { it.regionCode == '450200' && it.state == 'OPEN' }.count",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(liuzhouAdmin).when().get("/interests/counts").then().statusCode(200)
                .body("regionCode", hasItem("450200"))
                .body("regionCode", not(hasItem("450100")));
        given().auth().oauth2(baiseAdmin).when().get("/interests/counts").then().statusCode(200)
                .body("regionCode", not(hasItem("450200")));
        given().auth().oauth2(SUGAR).when().get("/interests/counts").then().statusCode(403);
    }
}
