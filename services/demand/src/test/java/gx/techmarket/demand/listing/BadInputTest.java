package gx.techmarket.demand.listing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
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
import java.util.List;
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

    static final String BAISE_ALUMINIUM = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);

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
        BadInputKit kit = new BadInputKit(root, dataSource);
        String toEdit = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        String toSubmit = Requests.create(BAISE_ALUMINIUM, Requests.redMud());
        String toApprove = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
        String toReject = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
        String toClose = Requests.published(BAISE_ALUMINIUM, Requests.redMud());
        String province = Requests.PROVINCE;

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/demands", "/demands", BAISE_ALUMINIUM, demand()),
                Endpoint.body("PUT", "/demands/{id}", "/demands/" + toEdit, BAISE_ALUMINIUM, demand()),
                Endpoint.bodyless("POST", "/demands/{id}/submit", "/demands/" + toSubmit + "/submit", BAISE_ALUMINIUM),
                Endpoint.bodyless("POST", "/demands/{id}/approve", "/demands/" + toApprove + "/approve", province),
                Endpoint.body("POST", "/demands/{id}/reject", "/demands/" + toReject + "/reject", province,
                        "{\"reason\": \"预算区间过宽。\\n请补充赤泥成分检测报告。\"}"),
                Endpoint.body("POST", "/demands/{id}/close", "/demands/" + toClose + "/close", BAISE_ALUMINIUM,
                        "{\"reason\": \"已自行解决\"}"));

        return Stream.of(
                Stream.of(DynamicTest.dynamicTest("covers every state-changing operation",
                        () -> kit.assertCovers(endpoints))),
                endpoints.stream().map(e -> DynamicTest.dynamicTest(e.operation(),
                        () -> kit.assertRefusesBadInput(e))),
                Stream.of(DynamicTest.dynamicTest("no request answered 5xx", () -> {
                    System.out.println(kit.summary("demand", endpoints.size()));
                    assertThat(kit.serverErrors()).isZero();
                })))
                .flatMap(s -> s);
    }
}
