package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.OTHER_UNIVERSITY;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.TestEvents;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every view of a contract lists the actions its caller may take now: what it lists, the endpoint accepts; what it
 * leaves out, the endpoint refuses. Walked along a brokered contract's way, returned once for correction.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ContractActionsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void eachCallerIsOfferedExactlyWhatItMayDoAtEachStep() {
        String id = Flows.brokeredDraft(db);
        // a draft: only the seller may file it; registrars and other organisations do not see it
        assertActions(id, SELLER, "submit");
        assertActions(id, BUYER);
        assertActions(id, BROKER);
        assertActions(id, PROVINCE);
        assertHidden(id, REGISTRAR);
        assertHidden(id, OTHER_UNIVERSITY);
        assertThat(listed(SELLER, "/contracts/mine", id)).containsExactly("submit");
        assertThat(listed(BROKER, "/contracts/mine", id)).isEmpty();
        given().auth().oauth2(BUYER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(403);

        Uploads.attachRequired(SELLER, id);
        assertThat(act(SELLER, id, "submit", Flows.millionWithEquipment())).isEmpty();
        // filed: the point of the seller's city may accept it (柳州's may not), nobody else may do anything
        assertActions(id, SELLER);
        assertActions(id, BUYER);
        assertActions(id, REGISTRAR, "accept");
        assertActions(id, LIUZHOU_REGISTRAR);
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().post("/contracts/" + id + "/accept").then().statusCode(403)
                .body("code", org.hamcrest.Matchers.equalTo("NOT_FILER_LOCATION"));
        assertHidden(id, OTHER_UNIVERSITY);
        assertThat(listed(REGISTRAR, "/contracts/queue", id)).containsExactly("accept");

        assertThat(act(REGISTRAR, id, "accept", null))
                .containsExactly("return-for-correction", "start-review", "refuse", "register", "assess");
        // accepted by 南宁: only 南宁 decides (and assesses the amounts)
        assertActions(id, REGISTRAR, "return-for-correction", "start-review", "refuse", "register", "assess");
        assertActions(id, LIUZHOU_REGISTRAR);
        assertActions(id, SELLER);
        assertThat(listed(REGISTRAR, "/contracts/queue", id))
                .containsExactly("return-for-correction", "start-review", "refuse", "register", "assess");
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(403);

        assertThat(act(REGISTRAR, id, "return-for-correction", Map.of("reasons", List.of("请补充设备清单"))))
                .isEmpty();
        // returned: the seller refiles its correction, the registrars wait
        assertActions(id, SELLER, "resubmit");
        assertActions(id, REGISTRAR);
        assertActions(id, BUYER);
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/accept").then().statusCode(409);

        given().auth().oauth2(SELLER).contentType("application/json").body(Flows.millionWithEquipment())
                .when().post("/contracts/" + id + "/submit").then().statusCode(409);
        act(SELLER, id, "resubmit", Flows.millionWithEquipment());
        // resubmitted: back with 南宁, which decides without accepting it again
        assertActions(id, REGISTRAR, "return-for-correction", "start-review", "refuse", "register", "assess");
        assertActions(id, LIUZHOU_REGISTRAR);
        assertThat(act(REGISTRAR, id, "register", null)).containsExactly("amend", "deregister");
        // registered: the registering point may amend or deregister it, the parties and the authority object to it
        assertActions(id, REGISTRAR, "amend", "deregister");
        assertActions(id, LIUZHOU_REGISTRAR);
        for (String caller : List.of(SELLER, BUYER, BROKER, PROVINCE)) {
            assertActions(id, caller, "objections");
        }
        assertThat(listed(SELLER, "/contracts/mine", id)).containsExactly("objections");
    }

    @Test
    void aBrokerIsOfferedToDraftOnAResultOnlyWhereItMay() {
        UUID offered = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER, TransferMode.LICENSE));
        assertThat(brokerable(BROKER, offered)).containsExactly("brokered");
        assertThat(brokerable(SELLER, offered)).isEmpty();
        assertThat(brokerable(BUYER, offered)).isEmpty();
        Flows.brokeredDraft(offered); // listed, so accepted

        // a result offered only for investment: no transfer or licence contract can be brokered on it
        UUID investmentOnly = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.EQUITY_INVESTMENT));
        assertThat(brokerable(BROKER, investmentOnly)).isEmpty();
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(investmentOnly, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(409);

        // the broker's own organisation holds the result: it cannot intermediate its own deal
        UUID own = Flows.publishedResult(db, Orgs.GX_TECH_TRANSFER, List.of(TransferMode.TRANSFER));
        assertThat(brokerable(BROKER, own)).isEmpty();
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(own, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(400);

        // withdrawn from the catalogue since
        TestEvents.send(new ResultWithdrawn(offered, Orgs.GXU.uscc(), "已转让", Instant.now()), "/techmarket/catalogue");
        await().atMost(Duration.ofSeconds(60)).until(() -> brokerable(BROKER, offered).isEmpty());
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(offered, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(409);

        given().auth().oauth2(BROKER).when().get("/contracts/brokered/" + UUID.randomUUID())
                .then().statusCode(404).body("code", org.hamcrest.Matchers.equalTo("RESULT_NOT_KNOWN"));
    }

    private static List<String> brokerable(String caller, UUID resultId) {
        return given().auth().oauth2(caller).when().get("/contracts/brokered/" + resultId)
                .then().statusCode(200).extract().path("actions");
    }

    private static void assertActions(String id, String caller, String... expected) {
        List<String> actions = given().auth().oauth2(caller).when().get("/contracts/" + id)
                .then().statusCode(200).extract().path("actions");
        assertThat(actions).containsExactly(expected);
    }

    private static void assertHidden(String id, String caller) {
        given().auth().oauth2(caller).when().get("/contracts/" + id).then().statusCode(404);
    }

    /** The actions on contract {@code id} in the list at {@code path}. */
    private static List<String> listed(String caller, String path, String id) {
        return given().auth().oauth2(caller).when().queryParams("sort", "newest", "size", 100).get(path)
                .then().statusCode(200)
                .extract().path("items.find { it.id == '" + id + "' }.actions");
    }

    /** Takes {@code action}; the actions the answer offers the caller next. */
    private static List<String> act(String caller, String id, String action, Object body) {
        var request = given().auth().oauth2(caller);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.when().post("/contracts/" + id + "/" + action).then().statusCode(200)
                .extract().path("actions");
    }
}
