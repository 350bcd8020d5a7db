package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against the subsidy service. Its HTTP API only reads: programmes, entitlements and
 * the ledger change through registered contracts on Kafka, never through a request. So the kit has no endpoint to
 * attack today, and what this test holds is that promise: the moment the OpenAPI document lists a POST, PUT, PATCH
 * or DELETE, the coverage check fails until that operation is attacked here too.
 */
@SubsidyTest
class BadInputTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        List<Endpoint> endpoints = List.of();

        return Stream.of(
                // an empty list of operations proves nothing unless the document was read: it names the read API
                DynamicTest.dynamicTest("the OpenAPI document is the service's", () -> {
                    Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi?format=json")
                            .then().statusCode(200).extract().path("paths");
                    assertThat(paths).containsKeys("/programmes", "/entitlements", "/entitlements/mine",
                            "/entitlements/{id}");
                }),
                DynamicTest.dynamicTest("the kit covers every state-changing operation (there is none)",
                        () -> kit.assertCovers(endpoints)),
                DynamicTest.dynamicTest("no bad request answered 5xx", () -> {
                    System.out.println(kit.summary("subsidy", endpoints.size()));
                    assertThat(kit.serverErrors()).isZero();
                }));
    }
}
