package gx.techmarket.directory.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.directory.people.BrokerRequest;
import gx.techmarket.platform.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo seed's people: entered once, shown as each chose, the brokers told with their accounts, and a draw about
 * the 桂糖 group avoids two of them.
 */
@QuarkusTest
class DemoPeopleSeedTest extends DirectoryServiceTest {

    @Inject
    Seed seed;

    @Inject
    DemoPeople demoPeople;

    @Test
    void theDemoPeopleAreEnteredOnceAndADrawAboutTheGroupAvoidsItsExpertAndTheOneWhoWorkedThere() {
        seed.enter(true);
        long people = Db.count(db, "select (select count(*) from broker) + (select count(*) from expert)");
        assertThat(enterAgain()).isZero();
        assertThat(Db.count(db, "select (select count(*) from broker) + (select count(*) from expert)"))
                .isEqualTo(people);

        given().when().get("/public/brokers?agency=91450100MA5P2D9E7A&q=韦明").then().statusCode(200)
                .body("items[0].phone", equalTo("0771-5612345")).body("items[0].email", nullValue())
                .body("items[0].certified", equalTo(true));
        given().when().get("/public/brokers?agency=" + DemoPeople.groupAgency()).then().statusCode(200)
                .body("items.name", hasItems("蒙海燕", "韦宁"));
        for (BrokerRequest b : DemoPeople.BROKERS) {
            String id = Db.single(db, "select id from broker where name = ? and agency_uscc = ?", b.name(),
                    b.agencyUscc()).toString();
            assertThat(events("directory.BrokerChanged.v1", id)).as(b.name()).singleElement().satisfies(payload -> {
                JsonPath told = JsonPath.from(payload);
                assertThat(told.getString("name")).isEqualTo(b.name());
                assertThat(told.getString("agencyUscc")).isEqualTo(b.agencyUscc());
                assertThat(told.getString("accountSubject")).isEqualTo(b.accountSubject());
                assertThat(told.getString("certificateNumber")).isEqualTo(b.certificateNumber());
                assertThat(told.getString("status")).isEqualTo("ACTIVE");
            });
        }

        JsonPath panel = JsonPath.from(given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("purpose", "CHALLENGE_EVALUATION", "subjectId", "demo-1", "field", "SUGAR", "size", 1,
                        "parties", List.of("91450100MA5R8G2K1E"), "seed", 1))
                .when().post("/panels").then().statusCode(201).extract().asString());
        assertThat(panel.getString("avoided.find { it.name == '杨光' }.reason")).isEqualTo("ORGANISATION_AFFILIATED");
        assertThat(panel.getString("avoided.find { it.name == '陆建华' }.reason")).isEqualTo("DECLARED_RELATION");
        assertThat(panel.getList("drawn.name", String.class)).doesNotContain("杨光", "陆建华");
    }

    @Transactional
    int enterAgain() {
        return demoPeople.enter();
    }
}
