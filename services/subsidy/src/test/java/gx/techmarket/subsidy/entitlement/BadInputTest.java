package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.voucher.VoucherBadInput;
import gx.techmarket.subsidy.voucher.VoucherProgrammes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against the subsidy service: every POST, PUT, PATCH or DELETE of the OpenAPI document
 * attacked with the kit's bad requests (each refused with a 4xx problem, nothing changed), then sent valid. The
 * coverage check fails the moment the document lists an operation that is not here.
 */
@SubsidyTest
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VoucherProgrammes voucherProgrammes;

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        // the document was read: it names the read API
        Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        assertThat(paths).containsKeys("/programmes", "/entitlements", "/entitlements/mine", "/entitlements/{id}",
                "/entitlements/refusals", "/entitlements/refusals/mine");
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(VoucherBadInput.endpoints(dataSource, voucherProgrammes));
        return new BadInputKit(root, dataSource).tests("subsidy", endpoints);
    }
}
