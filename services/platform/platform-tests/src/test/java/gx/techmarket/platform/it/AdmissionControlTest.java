package gx.techmarket.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.platform.problems.AdmissionControl;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's defect under a benchmark: offered far more than it could do, it accepted every request until its heap
 * ran out. With two requests allowed in flight, the third is refused at once and nothing is queued.
 */
@TestProfile(AdmissionControlTest.TwoInFlight.class)
@ProbeTest
class AdmissionControlTest {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("techmarket.http.max-in-flight", "2");
        }
    }

    @Inject
    RequestHolder holder;

    @Inject
    AdmissionControl admission;

    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void countShedRequests() {
        Metrics.addRegistry(meters);
    }

    @AfterEach
    void releaseEverything() throws Exception {
        holder.release();
        awaitNothingInFlight();
        clients.shutdownNow();
        Metrics.removeRegistry(meters);
    }

    @Test
    void shouldRefuseTheRequestOverTheLimitAtOnceInTheCallersLanguageWhileHealthStillAnswers() throws Exception {
        assertThat(admission.maxInFlight()).isEqualTo(2);
        holder.reset(2);
        List<CompletableFuture<Response>> held = holdTwo();

        long start = System.nanoTime();
        Response refused = clients.submit(() -> given().header("Accept-Language", "zh-CN")
                .when().get("/probe/held").andReturn()).get(5, TimeUnit.SECONDS);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        ProblemJson.assertBusyInChinese(refused.then(), "/probe/held");
        assertThat(waited).as("refused without waiting for a permit").isLessThan(Duration.ofSeconds(1));

        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                .header("Accept-Language", "en").contentType("application/json")
                .body("{\"title\": \"refused\", \"amount\": \"1.00\", \"mode\": \"TRANSFER\"}")
                .when().post("/probe/notes")
                .then().statusCode(503)
                .header("Retry-After", "1")
                .header("Content-Language", "en")
                .header("Connection", "close")
                .body("code", equalTo("SERVICE_BUSY"))
                .body("title", equalTo("Service busy"))
                .body("detail", equalTo("The service is busy; please try again in about 1 second(s)."))
                .body("instance", equalTo("/probe/notes"));

        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        assertThat(meters.counter("techmarket.http.shed").count()).isEqualTo(2.0);
        assertThat(admission.inFlight()).isEqualTo(2);

        holder.release();
        for (CompletableFuture<Response> request : held) {
            Response response = request.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            assertThat(response.asString()).isEqualTo("done");
        }
        awaitNothingInFlight();
        assertFullCapacity();
    }

    @Test
    void shouldReturnThePermitOfAClientThatHangsUpWhileItsRequestIsHeld() throws Exception {
        holder.reset(1);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /probe/held HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(holder.awaitHeld(20)).as("the request is being handled").isTrue();
            assertThat(admission.inFlight()).isEqualTo(1);
        }
        holder.release();
        awaitFinished(1);
        awaitNothingInFlight();
        Thread.sleep(200);
        assertThat(admission.inFlight()).as("released once, not twice").isZero();
        assertFullCapacity();
    }

    @Test
    void shouldReturnThePermitOfARequestAnsweredNormally() throws Exception {
        holder.reset(0);
        holder.release();
        for (int i = 0; i < 5; i++) {
            given().when().get("/probe/held").then().statusCode(200).body(equalTo("done"));
        }
        awaitNothingInFlight();
        assertFullCapacity();
    }

    /** Two requests are held at once (no permit lost) and a third is refused (none returned twice). */
    private void assertFullCapacity() throws Exception {
        holder.reset(2);
        List<CompletableFuture<Response>> held = holdTwo();
        given().when().get("/probe/held").then().statusCode(503).body("code", equalTo("SERVICE_BUSY"));
        holder.release();
        for (CompletableFuture<Response> request : held) {
            assertThat(request.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        awaitNothingInFlight();
    }

    private List<CompletableFuture<Response>> holdTwo() throws InterruptedException {
        List<CompletableFuture<Response>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(CompletableFuture.supplyAsync(() -> given().when().get("/probe/held").andReturn(), clients));
        }
        assertThat(holder.awaitHeld(20)).as("two requests are admitted and held").isTrue();
        return held;
    }

    private void awaitFinished(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (holder.finished() < requests && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(holder.finished()).as("held requests finished").isEqualTo(requests);
    }

    private void awaitNothingInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admission.inFlight() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(admission.inFlight()).as("requests in flight").isZero();
    }
}
