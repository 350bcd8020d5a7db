package gx.techmarket.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The bad-input kit against the probe application: it passes a strict endpoint and catches a careless one. */
@ProbeTest
class BadInputKitTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    private final String enterprise = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    @Test
    void aStrictEndpointRefusesEveryBadRequestAndAcceptsTheValidOne() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        kit.assertRefusesBadInput(Endpoint.body("POST", "/probe/notes", "/probe/notes", enterprise,
                "{\"title\": \"甘蔗\", \"amount\": \"12.50\", \"mode\": \"TRANSFER\", \"buyer\": \"91450300MA5KC7Q12L\","
                        + " \"region\": \"450200\", \"items\": [{\"name\": \"设备\", \"amount\": 3}],"
                        + " \"note\": \"第一行\\n第二行\"}"));
        assertThat(kit.requestsSent()).isGreaterThan(100);
        assertThat(kit.serverErrors()).isZero();
    }

    @Test
    void aBodylessActionRefusesEveryBody() {
        String id = RestAssured.given().auth().oauth2(enterprise).contentType("application/json")
                .body("{\"title\": \"甘蔗\", \"amount\": 1, \"mode\": \"TRANSFER\"}")
                .when().post("/probe/notes").then().statusCode(200).extract().path("id");
        BadInputKit kit = new BadInputKit(root, dataSource);
        kit.assertRefusesBadInput(Endpoint.bodyless("POST", "/probe/notes/{id}/archive",
                "/probe/notes/" + id + "/archive", enterprise));
        assertThat(kit.serverErrors()).isZero();
    }

    @Test
    void aCarelessEndpointIsCaught() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        assertThatThrownBy(() -> kit.assertRefusesBadInput(Endpoint.body("POST", "/probe/careless", "/probe/careless",
                enterprise, "{\"title\": \"甘蔗\", \"amount\": 1.5}")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("title: " + 20_001 + " characters → 500")
                .hasMessageContaining("amount: three decimals → 200")
                .hasMessageContaining("changed the tables [probe_note]");
    }

    @Test
    void aControlThatFailsMakesTheRefusalsWorthNothing() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        assertThatThrownBy(() -> kit.assertRefusesBadInput(Endpoint.bodyless("POST", "/probe/notes/{id}/publish",
                "/probe/notes/" + java.util.UUID.randomUUID() + "/publish", enterprise)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the control request");
    }
}
