package gx.techmarket.registry.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import gx.techmarket.platform.testing.Db;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The four seeded registration points (南宁 0101, 柳州 0201, 桂林 0301, 百色 1001) are independent: each puts its own
 * city and point code in its numbers, counts its own serials from 000001 in each year on its own counter row, and
 * decides only the filings it accepted. Each contract's seller is in the city of the point that registers it. The
 * tests register in 2035 and 2036, years no other test registers in.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class EachPointNumbersItsOwnRegistrationsTest extends RegistersInOtherYears {

    static final String NANNING = Flows.REGISTRAR;
    static final String LIUZHOU = Flows.LIUZHOU_REGISTRAR;
    static final String GUILIN = Tokens.of(Role.REGISTRAR, Orgs.GUILIN_REGISTRY);
    static final String BAISE = Tokens.of(Role.REGISTRAR, Orgs.BAISE_REGISTRY);

    @Test
    void fourPointsRegisteringInTurnEachCountFromOne() {
        UUID nanningResult = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        UUID liuzhouResult = Flows.publishedResult(db, Orgs.LIUZHOU_AUTO_PARTS, List.of(TransferMode.TRANSFER));
        UUID guilinResult = Flows.publishedResult(db, Orgs.GUET, List.of(TransferMode.TRANSFER));
        UUID baiseResult = Flows.publishedResult(db, Orgs.BAISE_ALUMINIUM, List.of(TransferMode.TRANSFER));
        String nanning1 = filed(nanningResult, Role.UNIVERSITY, Orgs.GXU);
        String nanning2 = filed(nanningResult, Role.UNIVERSITY, Orgs.GXU);
        String liuzhou1 = filed(liuzhouResult, Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        String liuzhou2 = filed(liuzhouResult, Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        String guilin1 = filed(guilinResult, Role.UNIVERSITY, Orgs.GUET);
        String baise1 = filed(baiseResult, Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        Flows.accept(NANNING, nanning1);
        Flows.accept(NANNING, nanning2);
        Flows.accept(LIUZHOU, liuzhou1);
        Flows.accept(LIUZHOU, liuzhou2);
        Flows.accept(GUILIN, guilin1);
        Flows.accept(BAISE, baise1);

        // a point's queue holds the filings it accepted, not those another point accepted
        given().auth().oauth2(NANNING).when().get("/contracts/queue?sort=newest&size=100").then().statusCode(200)
                .body("items.id", hasItems(nanning1, nanning2))
                .body("items.id", not(anyOf(hasItem(liuzhou1), hasItem(liuzhou2), hasItem(guilin1), hasItem(baise1))));
        given().auth().oauth2(LIUZHOU).when().get("/contracts/queue?sort=newest&size=100").then().statusCode(200)
                .body("items.id", hasItems(liuzhou1, liuzhou2))
                .body("items.id", not(anyOf(hasItem(nanning1), hasItem(nanning2), hasItem(guilin1), hasItem(baise1))));

        // in turn: one counter shared by the points would hand out 000001 to 000006 across them
        clock.setTo(Instant.parse("2035-05-08T02:00:00Z"));
        assertThat(Flows.register(NANNING, nanning1)).isEqualTo("35450101000001");
        assertThat(Flows.register(LIUZHOU, liuzhou1)).isEqualTo("35450201000001");
        assertThat(Flows.register(GUILIN, guilin1)).isEqualTo("35450301000001");
        assertThat(Flows.register(BAISE, baise1)).isEqualTo("35451001000001");
        assertThat(Flows.register(LIUZHOU, liuzhou2)).isEqualTo("35450201000002");
        assertThat(Flows.register(NANNING, nanning2)).isEqualTo("35450101000002");

        assertThat(Db.count(db, "select count(*) from registration_serial where year = 2035")).isEqualTo(4);
        assertThat(lastSerial(Orgs.NANNING_REGISTRY, 2035)).isEqualTo(2);
        assertThat(lastSerial(Orgs.LIUZHOU_REGISTRY, 2035)).isEqualTo(2);
        assertThat(lastSerial(Orgs.GUILIN_REGISTRY, 2035)).isEqualTo(1);
        assertThat(lastSerial(Orgs.BAISE_REGISTRY, 2035)).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from contract where id = ? and registration_point_uscc = ?",
                UUID.fromString(baise1), Orgs.BAISE_REGISTRY.uscc())).isEqualTo(1);

        // the event names the point that registered, for the registration body's subsidy
        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> baise1.equals(r.key()) && "registry.ContractRegistered.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        JsonNode point = EventJson.readTree(event.value()).get("registrationPoint");
        assertThat(point.get("uscc").asText()).isEqualTo(Orgs.BAISE_REGISTRY.uscc());
        assertThat(point.get("name").asText()).isEqualTo("百色市技术合同登记站");
        assertThat(point.get("code").asText()).isEqualTo("1001");
    }

    @Test
    void aRegistrationAtOnePointDoesNotWaitForAnotherPointsCounterRow() throws Exception {
        String atNanning = filed(Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER)),
                Role.UNIVERSITY, Orgs.GXU);
        String atLiuzhou = filed(Flows.publishedResult(db, Orgs.LIUZHOU_AUTO_PARTS, List.of(TransferMode.TRANSFER)),
                Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        Flows.accept(NANNING, atNanning);
        Flows.accept(LIUZHOU, atLiuzhou);
        clock.setTo(Instant.parse("2036-05-08T02:00:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                // a registration at 南宁 still open: it holds 南宁's 2036 counter row
                try (PreparedStatement s = c.prepareStatement("""
                        insert into registration_serial as s (point_uscc, year, last_serial) values (?, 2036, 1)
                        on conflict (point_uscc, year) do update set last_serial = s.last_serial + 1""")) {
                    s.setString(1, Orgs.NANNING_REGISTRY.uscc());
                    s.executeUpdate();
                }
                Future<String> nanning = pool.submit(() -> Flows.register(NANNING, atNanning));
                Future<String> liuzhou = pool.submit(() -> Flows.register(LIUZHOU, atLiuzhou));

                assertThat(liuzhou.get(30, TimeUnit.SECONDS)).isEqualTo("36450201000001");
                assertThatThrownBy(() -> nanning.get(2, TimeUnit.SECONDS))
                        .as("南宁's own registrations queue on its row").isInstanceOf(TimeoutException.class);
                c.rollback();
                // the rolled-back registration gave its serial back
                assertThat(nanning.get(30, TimeUnit.SECONDS)).isEqualTo("36450101000001");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A brokered patent transfer of {@code result} to 广西桂糖集团, filed by its seller (the result's holder). */
    private static String filed(UUID result, Role sellerRole, Party seller) {
        String id = Flows.brokeredDraft(result);
        Flows.submit(Tokens.of(sellerRole, seller), id, Flows.millionWithEquipment());
        return id;
    }

    private long lastSerial(Party point, int year) {
        return Db.count(db, "select last_serial from registration_serial where point_uscc = ? and year = ?",
                point.uscc(), year);
    }
}
