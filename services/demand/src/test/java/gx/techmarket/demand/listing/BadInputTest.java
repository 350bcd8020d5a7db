package gx.techmarket.demand.listing;


import static gx.techmarket.demand.listing.Requests.BAISE_ALUMINIUM;
import gx.techmarket.platform.listing.testing.Operators;
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
 * Every state-changing endpoint of the demand service against the bad-input kit: each bad request refused with a
 * 4xx problem+json and no change in the database, then the valid request accepted. Each endpoint gets its own demand
 * in the state its control request needs (a draft to edit and submit, a submission to approve or reject, a published
 * demand to close).
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class BadInputTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    /** Every field, so that each is attacked; the list with one element; the deadline after today in China time. */
    static String demand() {
        return """
                {"title": "氧化铝赤泥综合利用与脱碱技术",
                 "problem": "公司氧化铝生产每年产生赤泥约200万吨，堆存占地大、碱含量高。\\n需要可工业化的赤泥脱碱技术。",
                 "industry": "ALUMINIUM", "budgetMin": "3000000.00", "budgetMax": "5000000.00",
                 "deadline": "%s", "regionCode": "451000", "cooperationModes": ["COMMISSIONED_DEVELOPMENT"]}"""
                .formatted(Requests.today().plusDays(60));
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        return new ListingBadInput("/demands", BAISE_ALUMINIUM, Operators.PROVINCE, demand())
                .edit(Requests.create(BAISE_ALUMINIUM, Requests.redMud()), demand())
                .owner("submit", Requests.create(BAISE_ALUMINIUM, Requests.redMud()), null)
                .operator("approve", Requests.submitted(BAISE_ALUMINIUM, Requests.redMud()), null)
                .operator("reject", Requests.submitted(BAISE_ALUMINIUM, Requests.redMud()),
                        "{\"reason\": \"预算区间过宽。\\n请补充赤泥成分检测报告。\"}")
                .owner("close", Requests.published(BAISE_ALUMINIUM, Requests.redMud()), "{\"reason\": \"已自行解决\"}")
                .also(Endpoint.body("POST", "/editions", "/editions", Operators.PROVINCE,
                        "{\"period\": \"2020-01\", \"scope\": \"450000\"}"))
                .tests(new BadInputKit(root, dataSource), "demand");
    }
}
