package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The events of a published demand's end (closed, expired, matched) and the demand a contract draft may name. */
class DemandAfterlifeEventsTest {

    private static final Instant AT = Instant.parse("2026-09-01T02:30:00Z");

    @Test
    void shouldBeMatchedByExactlyOneOfAChallengeOrAContract() {
        assertThat(EventSchemas.validate(Fixtures.demandMatchedByChallenge())).isEmpty();
        assertThat(EventSchemas.validate(Fixtures.demandMatchedByContract())).isEmpty();
        assertThatThrownBy(() -> new DemandMatched(Fixtures.DEMAND_ID, "t", Fixtures.GUILIN_SUGAR.uscc(), null, null,
                AT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new DemandMatched(Fixtures.DEMAND_ID, "t", Fixtures.GUILIN_SUGAR.uscc(),
                Fixtures.CHALLENGE_ID, Fixtures.CONTRACT_ID, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    }

    @Test
    void shouldRefuseAMatchNamingBothInItsSchema() {
        String both = EventJson.toJson(Fixtures.demandMatchedByChallenge())
                .replaceFirst("\\{", "{\"contractId\":\"" + Fixtures.CONTRACT_ID + "\",");

        assertThat(EventSchemas.validate("demand.DemandMatched.v1", both)).isNotEmpty();
    }

    @Test
    void shouldLeaveAClosingWithoutReasonWithoutTheField() {
        DemandClosed closed = new DemandClosed(Fixtures.DEMAND_ID, Fixtures.GUILIN_SUGAR.uscc(), null, AT);

        assertThat(EventJson.toTree(closed).has("reason")).isFalse();
        assertThat(EventSchemas.validate(closed)).isEmpty();
        assertThatThrownBy(() -> new DemandClosed(Fixtures.DEMAND_ID, "not-a-uscc", null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemandClosed(Fixtures.DEMAND_ID, Fixtures.GUILIN_SUGAR.uscc(), "因".repeat(1001),
                AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeyEveryDemandEventByTheDemand() {
        assertThat(Fixtures.demandClosed().aggregateId()).isEqualTo(Fixtures.DEMAND_ID.toString());
        assertThat(Fixtures.demandExpired().aggregateId()).isEqualTo(Fixtures.DEMAND_ID.toString());
        assertThat(Fixtures.demandMatchedByContract().aggregateId()).isEqualTo(Fixtures.DEMAND_ID.toString());
        assertThat(EventCatalog.byTopic("demand.demands.v1")).extracting(EventType::type).containsExactly(
                "demand.DemandPublished.v1", "demand.DemandClosed.v1", "demand.DemandExpired.v1",
                "demand.DemandMatched.v1");
    }

    @Test
    void shouldLetAContractDraftNameADemandOrNone() {
        UUID demand = Fixtures.DEMAND_ID;
        ContractDrafted withDemand = new ContractDrafted(Fixtures.CONTRACT_ID, "委托开发合同",
                ContractType.DEVELOPMENT_COMMISSIONED, Fixtures.GXU, Fixtures.GUILIN_SUGAR, Fixtures.GX_TTC,
                Fixtures.RESULT_ID, null, demand, null, AT);
        ContractDrafted without = new ContractDrafted(Fixtures.CONTRACT_ID, "委托开发合同",
                ContractType.DEVELOPMENT_COMMISSIONED, Fixtures.GXU, Fixtures.GUILIN_SUGAR, Fixtures.GX_TTC,
                Fixtures.RESULT_ID, null, null, AT);

        JsonNode tree = EventJson.toTree(withDemand);
        assertThat(tree.path("demandId").asText()).isEqualTo(demand.toString());
        assertThat(EventSchemas.validate(withDemand)).isEmpty();
        assertThat(EventJson.toTree(without).has("demandId")).isFalse();
        assertThat(EventJson.fromJson(EventJson.toJson(withDemand), ContractDrafted.class).demandId())
                .isEqualTo(demand);
    }
}
