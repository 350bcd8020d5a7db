package gx.techmarket.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The registry's defect under load: every pooled connection in use, the next request waited out the acquisition
 * timeout and got a 500. Here the pool has two connections (Flyway needs two at start) and waits half a second, so
 * two held requests are overload.
 */
@TestProfile(DatabaseUnderPressureTest.PoolOfTwo.class)
@ProbeTest
class DatabaseUnderPressureTest {

    public static class PoolOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT0.5S",
                    "quarkus.datasource.\"unreachable\".db-kind", "postgresql",
                    "quarkus.datasource.\"unreachable\".jdbc.url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "quarkus.datasource.\"unreachable\".username", "nobody",
                    "quarkus.datasource.\"unreachable\".password", "nobody",
                    "quarkus.datasource.\"unreachable\".devservices.enabled", "false");
        }
    }

    @Inject
    ConnectionHolder holder;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldTellTheClientToRetryWhileTheOnlyConnectionIsHeldAndFinishTheHeldRequest() throws Exception {
        holder.reset(2);
        String heldTitle = "held-" + UUID.randomUUID();
        String busyTitle = "busy-" + UUID.randomUUID();
        List<CompletableFuture<Response>> held = List.of(
                CompletableFuture.supplyAsync(() -> given().when().post("/probe/pool/hold/" + heldTitle).andReturn()),
                CompletableFuture.supplyAsync(() -> given().when().post("/probe/pool/hold/" + heldTitle).andReturn()));
        try {
            assertThat(holder.awaitHeld(20)).as("two requests hold the pool's two connections").isTrue();

            Response busy = given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                    .header("Accept-Language", "zh-CN").contentType("application/json")
                    .body("{\"title\": \"" + busyTitle + "\", \"amount\": \"1.00\", \"mode\": \"TRANSFER\"}")
                    .when().post("/probe/notes");
            ProblemJson.assertBusyInChinese(busy.then(), "/probe/notes").body(not(containsString("acquisition")));

            given().header("Accept-Language", "en")
                    .when().post("/probe/pool/hold/" + UUID.randomUUID())
                    .then().statusCode(503)
                    .header("Retry-After", "1")
                    .body("code", equalTo("SERVICE_BUSY"))
                    .body("title", equalTo("Service busy"));
        } finally {
            holder.release();
        }

        for (CompletableFuture<Response> request : held) {
            Response heldResponse = request.get(30, TimeUnit.SECONDS);
            assertThat(heldResponse.statusCode()).as(heldResponse.asString()).isEqualTo(200);
            assertThat(heldResponse.jsonPath().getString("title")).isEqualTo(heldTitle);
        }
        assertThat(notesTitled(heldTitle)).isEqualTo(2);
        assertThat(notesTitled(busyTitle)).isZero();
    }

    @Test
    void shouldTellTheClientToRetryLaterWhenTheDatabaseRefusesConnections() {
        given().header("Accept-Language", "zh-CN")
                .when().get("/probe/pool/unreachable")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("title", equalTo("服务暂不可用"))
                .body("detail", equalTo("服务暂时无法处理请求，请稍后重试（约 5 秒后）。"))
                .body(not(containsString("refused")));
    }

    @Test
    void shouldPassOnAnotherServicesAdviceToRetry() {
        given().header("Accept-Language", "en")
                .when().get("/probe/pool/downstream-unavailable")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("detail", equalTo("The service cannot handle requests right now; please try again in about 7 "
                        + "second(s)."));
    }

    @Test
    void shouldStillAnswerABugWithAnInternalErrorAndItsId() {
        given().header("Accept-Language", "en")
                .when().get("/probe/boom")
                .then().statusCode(500)
                .body("code", equalTo("INTERNAL_ERROR"));
    }

    private long notesTitled(String title) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from probe_note where title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
