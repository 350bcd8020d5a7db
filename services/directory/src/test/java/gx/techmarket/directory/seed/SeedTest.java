package gx.techmarket.directory.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo seed: every demo organisation verified and published once, the 14 cities' points open. */
@QuarkusTest
class SeedTest extends DirectoryServiceTest {

    @Inject
    Seed seed;

    @Test
    void theDemoSeedEntersWhatIsMissingOnceAndPublishesIt() {
        seed.enter(true);
        long events = Db.count(db, "select count(*) from outbox");
        assertThat(seed.enter(true)).isZero();
        assertThat(Db.count(db, "select count(*) from outbox")).isEqualTo(events);

        for (DemoOrganisations.Demo d : DemoOrganisations.ALL) {
            given().auth().oauth2(PROVINCE).when().get("/organisations/" + d.uscc())
                    .then().statusCode(200).body("status", equalTo("VERIFIED"));
            assertThat(events("directory.OrganisationVerified.v1", d.uscc())).as(d.name()).isNotEmpty();
        }
        String guilinSugar = events("directory.OrganisationVerified.v1", "91450300MA5KC7Q12L").get(0);
        assertThat(JsonPath.from(guilinSugar).getString("organisation.parentUscc")).isEqualTo("91450100MA5K3B2L5H");

        JsonPath points = JsonPath.from(given().when().get("/public/registration-points?size=100").then()
                .statusCode(200).extract().asString());
        List<String> codes = points.getList("items.code", String.class);
        assertThat(codes).contains("0101", "0201", "0301", "0401", "0501", "0601", "0701", "0801", "0901", "1001",
                "1101", "1201", "1301", "1401");
        assertThat(points.getString("items.find { it.code == '0201' }.uscc")).isEqualTo("12450200498603174J");
        assertThat(events("directory.RegistrationPointOpened.v1", "12450200498603174J")).singleElement()
                .satisfies(p -> assertThat(JsonPath.from(p).getString("code")).isEqualTo("0201"));
    }
}
