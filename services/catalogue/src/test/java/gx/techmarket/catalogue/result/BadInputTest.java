package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GXU;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;

import gx.techmarket.platform.listing.testing.ListingBadInput;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state-changing endpoint of the catalogue against the bad-input kit: each bad request refused with a 4xx
 * problem+json and no change in the database, then the valid request accepted. Each endpoint gets its own result in
 * the state its control request needs (a draft to edit and submit, a submission to approve or reject, a published
 * result to withdraw).
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class BadInputTest {

    /** Every field, the optional ones too, so that each is attacked; lists with one element. */
    static final String RESULT = """
            {"title": "芒果深加工与果渣综合利用技术",
             "summary": "以百色芒果为原料，开发芒果干、芒果汁及果渣膳食纤维的连续化加工工艺。\\n第二段：中试线已建成。",
             "industry": "FOOD_PROCESSING", "maturity": "PILOT", "trl": 6, "transferModes": ["TRANSFER"],
             "askingPrice": "1200000.00", "priceNegotiable": false, "patentNumbers": ["ZL202010123456.7"],
             "regionCode": "451000"}""";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        String toWithdraw = submitted();
        given().auth().oauth2(PROVINCE).when().post("/results/" + toWithdraw + "/approve").then().statusCode(200);
        return new ListingBadInput("/results", GXU, PROVINCE, RESULT)
                .edit(ResultLifecycleTest.create(GXU, Requests.mango()), RESULT)
                .owner("submit", ResultLifecycleTest.create(GXU, Requests.mango()), null)
                .operator("approve", submitted(), null)
                .operator("reject", submitted(), "{\"reason\": \"请补充专利证书编号。\\n另请附中试报告。\"}")
                .owner("withdraw", toWithdraw, "{\"reason\": \"已与企业签订独占许可\"}")
                .also(Endpoint.body("POST", "/editions", "/editions", PROVINCE,
                        "{\"period\": \"2020-01\", \"scope\": \"450000\"}"))
                .tests(new BadInputKit(root, dataSource), "catalogue");
    }

    private static String submitted() {
        String id = ResultLifecycleTest.create(GXU, Requests.mango());
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
