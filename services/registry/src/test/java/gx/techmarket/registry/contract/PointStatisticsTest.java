package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The point statistics: registrations by month in China and type with both amounts, deregistered ones counted and
 * left out of the amounts; a registrar sees its point, an admin its sub-market's points. In 2041, a year of its own.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class PointStatisticsTest extends RegistersInOtherYears {

    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String BAISE_ADMIN = Flows.BAISE_ADMIN;

    @Test
    void registrationsCountInTheirMonthInChinaWithBothAmountsAndDeregisteredOnesWithout() {
        // 2041-03-31T16:30Z is April 1st in China
        String march = registeredAtLiuzhou("2041-03-31T15:59:00Z", Flows.millionWithEquipment());
        String april = registeredAtLiuzhou("2041-03-31T16:30:00Z",
                Flows.filing("300000.50", List.of(Flows.item("PARTS", "配套零部件", "0.25"))));
        String deregistered = registeredAtLiuzhou("2041-04-10T02:00:00Z", Flows.millionWithEquipment());
        clock.setTo(Instant.parse("2041-04-11T02:00:00Z"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "VOID", "explanation", "合同被认定无效"))
                .when().post("/contracts/" + deregistered + "/deregister").then().statusCode(200);

        for (String token : List.of(LIUZHOU_REGISTRAR, LIUZHOU_ADMIN, PROVINCE)) {
            given().auth().oauth2(token).when().get("/contracts/stats?from=2041-01-01&to=2041-12-31")
                    .then().statusCode(200)
                    .body("from", equalTo("2041-01-01"))
                    .body("rows", hasSize(2))
                    .body("rows[0].month", equalTo("2041-03"))
                    .body("rows[0].contractType", equalTo("TRANSFER_PATENT"))
                    .body("rows[0].registered", equalTo(1))
                    .body("rows[0].totalContractAmount", equalTo("1000000.00"))
                    .body("rows[0].technologyTransactionAmount", equalTo("800000.00"))
                    .body("rows[1].month", equalTo("2041-04"))
                    .body("rows[1].registered", equalTo(2))
                    .body("rows[1].deregistered", equalTo(1))
                    .body("rows[1].totalContractAmount", equalTo("300000.50"))
                    .body("rows[1].technologyTransactionAmount", equalTo("300000.25"))
                    .body("totals.registered", equalTo(3))
                    .body("totals.deregistered", equalTo(1))
                    .body("totals.refused", equalTo(0))
                    .body("totals.technologyTransactionAmount", equalTo("1100000.25"));
        }
        // 南宁's point and 百色's admin see none of 柳州's registrations
        given().auth().oauth2(REGISTRAR).when().get("/contracts/stats?from=2041-01-01&to=2041-12-31")
                .then().statusCode(200).body("rows", empty()).body("totals.registered", equalTo(0))
                .body("scope", equalTo("南宁市技术合同登记站"));
        given().auth().oauth2(BAISE_ADMIN).when().get("/contracts/stats?from=2041-01-01&to=2041-12-31")
                .then().statusCode(200).body("rows", empty());
        // a period of March alone, and the default period (this year in the clock's China: 2041)
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats?from=2041-03-01&to=2041-03-31")
                .then().statusCode(200).body("rows", hasSize(1)).body("totals.registered", equalTo(1));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats")
                .then().statusCode(200).body("from", equalTo("2041-01-01")).body("to", equalTo("2041-04-11"))
                .body("totals.registered", equalTo(3));
    }

    @Test
    void aReversedOrOverlongPeriodAndOtherRolesAreRefused() {
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats?from=2041-05-01&to=2041-04-30")
                .then().statusCode(400).body("code", equalTo("STATISTICS_PERIOD_REVERSED"))
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats?from=2040-01-01&to=2041-12-31")
                .then().statusCode(400).body("code", equalTo("STATISTICS_PERIOD_TOO_LONG"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats?from=2041-02-30")
                .then().statusCode(400).body("code", equalTo("STATISTICS_DATE_INVALID"))
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/stats?to=yesterday")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(SELLER).when().get("/contracts/stats").then().statusCode(403);
    }

    /**
     * A contract of a 柳州 seller (柳州汽车零部件, so 柳州's point may accept it: the seller registers at its own
     * location) filed, accepted and registered by 柳州's point at {@code at}; its id.
     */
    private String registeredAtLiuzhou(String at, Map<String, Object> filing) {
        clock.reset();
        String id = Flows.brokeredDraft(Flows.publishedResult(db, Orgs.LIUZHOU_AUTO_PARTS,
                List.of(gx.techmarket.contracts.events.TransferMode.TRANSFER)));
        Flows.submit(Flows.OTHER_ENTERPRISE, id, filing);
        Flows.accept(LIUZHOU_REGISTRAR, id);
        clock.setTo(Instant.parse(at));
        Flows.register(LIUZHOU_REGISTRAR, id);
        return id;
    }
}
