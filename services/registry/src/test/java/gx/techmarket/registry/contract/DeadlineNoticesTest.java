package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The deadline notice job: once when three working days are left, once when overdue, never twice. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class DeadlineNoticesTest extends RegistersInOtherYears {

    @Inject
    DeadlineNotices notices;

    @Test
    void aFilingIsAnnouncedOnceThreeWorkingDaysBeforeItsDeadlineAndOnceWhenOverdue() {
        String id = Flows.brokeredDraft(db);
        Map<String, Object> filing = Flows.millionWithEquipment();
        filing.put("signedOn", "2026-09-01");
        Flows.submit(SELLER, id, filing);
        clock.setTo(Instant.parse("2026-09-30T02:00:00Z"));
        Flows.accept(id); // due Tue 27 Oct 2026

        clock.setTo(Instant.parse("2026-10-21T02:00:00Z")); // 4 working days left: nothing yet
        notices.scan();
        assertThat(sent(id)).isZero();

        clock.setTo(Instant.parse("2026-10-22T02:00:00Z")); // 23, 26, 27: 3 left
        notices.scan();
        notices.scan();
        assertThat(sent(id)).isEqualTo(1);
        JsonNode approaching = event(id, false);
        assertThat(approaching.get("dueOn").asText()).isEqualTo("2026-10-27");
        assertThat(approaching.get("workingDaysLeft").asInt()).isEqualTo(3);
        assertThat(approaching.get("provisional").asBoolean()).isFalse();
        assertThat(approaching.get("registrationPoint").get("uscc").asText()).isEqualTo(Orgs.NANNING_REGISTRY.uscc());

        clock.setTo(Instant.parse("2026-10-28T02:00:00Z"));
        notices.scan();
        notices.scan();
        assertThat(sent(id)).isEqualTo(2);
        JsonNode overdue = event(id, true);
        assertThat(overdue.get("workingDaysLeft").asInt()).isZero();
        assertThat(overdue.get("dueOn").asText()).isEqualTo("2026-10-27");
    }

    private long sent(String id) {
        return Db.count(db, "select count(*) from deadline_notice where contract_id = ?", UUID.fromString(id));
    }

    private static JsonNode event(String id, boolean overdue) {
        ConsumerRecord<String, String> record = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> id.equals(r.key()) && "registry.ContractDeadlineApproaching.v1".equals(Topics.header(r, "ce_type"))
                        && EventJson.readTree(r.value()).get("overdue").asBoolean() == overdue)
                .orElseThrow();
        assertThat(EventSchemas.validate("registry.ContractDeadlineApproaching.v1", record.value())).isEmpty();
        return EventJson.readTree(record.value());
    }
}
