package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Registration numbers under concurrent registrations: each registration year of a point gets the serials 1, 2, 3 …
 * with no gap and no duplicate. The tests move the clock into years no other test registers in.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class GapFreeRegistrationNumbersTest extends RegistersInOtherYears {

    @Test
    void twentyConcurrentRegistrationsAtOnePointGetSerialsOneToTwentyExactly() throws Exception {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = Flows.brokeredDraft(result);
            Flows.submit(Flows.SELLER, id, Flows.millionWithEquipment());
            Flows.accept(id);
            ids.add(id);
        }
        clock.setTo(Instant.parse("2031-06-01T02:00:00Z"));

        List<Response> responses = concurrently(ids.stream().map(id -> (Callable<Response>) () ->
                given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")).toList());

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        List<String> numbers = responses.stream().map(r -> r.<String>path("registrationNumber")).toList();
        assertThat(numbers).allSatisfy(n -> assertThat(n).startsWith("31450101"));
        assertThat(numbers.stream().map(n -> Integer.parseInt(n.substring(8))).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void registeringOneContractTwiceAtOnceGivesOneNumberAndUsesNoSerial() throws Exception {
        String id = Flows.accepted(db);
        clock.setTo(Instant.parse("2032-03-01T02:00:00Z"));
        List<Response> responses = concurrently(List.of(
                () -> given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register"),
                () -> given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")));
        assertThat(responses.stream().map(Response::statusCode).sorted().toList()).containsExactly(200, 409);
        String other = Flows.accepted(db);
        assertThat(Flows.register(REGISTRAR, other)).isEqualTo("32450101000002");
    }

    @Test
    void theRegistrationYearIsChinasNewYearNotUtcs() {
        String id = Flows.accepted(db);
        // 2033-12-31T16:30Z is 2034-01-01 00:30 in 南宁
        clock.setTo(Instant.parse("2033-12-31T16:30:00Z"));
        assertThat(Flows.register(REGISTRAR, id)).isEqualTo("34450101000001");
    }

    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
