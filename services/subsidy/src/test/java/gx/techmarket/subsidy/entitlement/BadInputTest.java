package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The platform's bad-input kit against the subsidy service. Its HTTP API only reads: programmes, entitlements and
 * the ledger change through registered contracts on Kafka, never through a request. So the kit has no endpoint to
 * attack today, and what this test holds is that promise: the moment the OpenAPI document lists a POST, PUT, PATCH
 * or DELETE, the coverage check fails until that operation is attacked here too (and no 5xx checked with it).
 */
@SubsidyTest
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theKitCoversEveryStateChangingOperationAndThereIsNone() {
        // an empty list of operations proves nothing unless the document was read: it names the read API
        Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        assertThat(paths).containsKeys("/programmes", "/entitlements", "/entitlements/mine", "/entitlements/{id}",
                "/entitlements/refusals", "/entitlements/refusals/mine");
        new BadInputKit(root, dataSource).assertCovers(List.of());
    }
}
