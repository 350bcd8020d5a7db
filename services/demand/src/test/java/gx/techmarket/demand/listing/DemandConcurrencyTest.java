package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.BAISE_ALUMINIUM;
import static gx.techmarket.platform.listing.testing.Operators.BAISE_OPERATOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.listing.testing.Operators;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two operators act on one submission at the same moment: one wins, the other sees the result, one event. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void simultaneousApprovalsPublishOnceAndTheLaterIsAConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
            List<Response> answers = race(
                    () -> given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve"),
                    () -> given().auth().oauth2(BAISE_OPERATOR).when().post("/demands/" + id + "/approve"));
            assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                    .extracting(r -> r.path("code").toString()).containsExactly("ILLEGAL_STATE_TRANSITION");
            assertThat(Rows.outboxRows(dataSource, id)).isEqualTo(1);
        }
    }

    @Test
    void anApprovalRacingARejectionLeavesOneOutcome() throws Exception {
        String id = Requests.submitted(BAISE_ALUMINIUM, Requests.redMud());
        List<Response> answers = race(
                () -> given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve"),
                () -> given().auth().oauth2(BAISE_OPERATOR).contentType("application/json")
                        .body(java.util.Map.of("reason", "请补充赤泥成分")).when().post("/demands/" + id + "/reject"));
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        String status = given().auth().oauth2(BAISE_ALUMINIUM).when().get("/demands/" + id).then().statusCode(200)
                .extract().path("status");
        assertThat(status).isIn("PUBLISHED", "REJECTED");
        assertThat(Rows.outboxRows(dataSource, id)).isEqualTo("PUBLISHED".equals(status) ? 1 : 0);
    }

    @SafeVarargs
    private static List<Response> race(Callable<Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
