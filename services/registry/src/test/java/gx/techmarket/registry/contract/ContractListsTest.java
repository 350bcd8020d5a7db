package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A party's contracts and the registrar's queue as pages that tell their whole size, filtered and ordered. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"),
        scope = TestResourceScope.MATCHING_RESOURCES)
class ContractListsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aPartyListsItsContractsOfOneStatusAndTheTotalCountsThemAll() {
        Flows.brokeredDraft(db);
        String filed = Flows.brokeredDraft(db);
        Flows.submit(SELLER, filed, Flows.millionWithEquipment());
        String gxu = Orgs.GXU.uscc();
        long drafts = Db.count(db, "select count(*) from contract where status = 'DRAFT' and (seller_uscc = ? "
                + "or buyer_uscc = ? or intermediary_uscc = ?)", gxu, gxu, gxu);

        JsonPath page = given().auth().oauth2(SELLER).queryParams(Map.of("status", "DRAFT", "size", 1))
                .when().get("/contracts/mine").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(drafts).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(SELLER).queryParams(Map.of("status", "SUBMITTED", "size", 100))
                .when().get("/contracts/mine").then().statusCode(200)
                .body("items.id", hasItem(filed)).body("items.status", org.hamcrest.Matchers.everyItem(
                        equalTo("SUBMITTED")));

        given().auth().oauth2(SELLER).queryParam("status", "FILED").when().get("/contracts/mine").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("status"));
        given().auth().oauth2(SELLER).queryParam("sort", "title").when().get("/contracts/mine").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(REGISTRAR).queryParam("sort", "title").when().get("/contracts/queue").then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(REGISTRAR).queryParam("size", 0).when().get("/contracts/queue").then()
                .statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void everyTextTheApiAcceptsIsKeptWhole() {
        String title = "蔗渣生物法制浆成套技术转让合同".repeat(14).substring(0, 200);
        String description = "中试设备".repeat(50);
        String reason = "请补充技术性收入核定材料。".repeat(40).substring(0, 500);
        String id = Flows.brokeredDraft(db);
        Map<String, Object> filing = Flows.filing("1000000.00",
                List.of(Flows.item("EQUIPMENT", description, "200000.00")));
        filing.put("title", title);
        Flows.submit(SELLER, id, filing);
        Flows.accept(id);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of(reason, reason.replace('请', '须'))))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(200);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("title", equalTo(title))
                .body("nonTechnicalItems[0].description", equalTo(description))
                .body("correctionReasons", equalTo(List.of(reason, reason.replace('请', '须'))));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(Map.of("reasons", List.of(reason + "。")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reasons[0]")));
    }

    @Test
    void theQueueComesOldestFirstOrByAmountAndCountsEveryFilingWaiting() {
        String small = Flows.brokeredDraft(db);
        Flows.submit(SELLER, small, Flows.filing("300000.00", List.of()));
        String large = Flows.brokeredDraft(db);
        Flows.submit(SELLER, large, Flows.filing("5000000.00", List.of()));
        // the 南宁 point's queue: filings of 南宁 sellers waiting, and those it handles
        long waiting = Db.count(db, "select count(*) from contract where (status = 'SUBMITTED' and seller_region like "
                + "'4501%') or (status in ('ACCEPTED', 'RESUBMITTED', 'UNDER_REVIEW', 'NEEDS_CORRECTION') "
                + "and registration_point_uscc = ?)", Orgs.NANNING_REGISTRY.uscc());

        JsonPath oldest = given().auth().oauth2(REGISTRAR).queryParams(Map.of("sort", "oldest", "size", 100))
                .when().get("/contracts/queue")
                .then().statusCode(200).extract().jsonPath();
        assertThat(oldest.getLong("total")).isEqualTo(waiting);
        assertThat(oldest.getList("items.submittedAt", String.class).stream().map(Instant::parse).toList())
                .isSorted();

        JsonPath byAmount = given().auth().oauth2(REGISTRAR).queryParams(Map.of("sort", "amount", "size", 100))
                .when().get("/contracts/queue").then().statusCode(200).extract().jsonPath();
        List<BigDecimal> amounts = byAmount.getList("items.totalContractAmount", String.class).stream()
                .map(BigDecimal::new).toList();
        assertThat(amounts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byAmount.getList("items.id", String.class)).contains(large);
    }
}
