package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events of a registration's later life (refused, amended, deregistered, deadline) and foreign parties. */
class RegistrationAfterlifeEventsTest {

    private static final Party FOREIGN = Party.foreign("Sugar Technologies GmbH", OrgKind.ENTERPRISE, "DE");

    @Test
    void aForeignPartyHasACountryAndNeitherUsccNorRegionAndTravelsOnTheWire() {
        assertThat(FOREIGN.isForeign()).isTrue();
        assertThat(FOREIGN.isInGuangxi()).isFalse();
        assertThat(FOREIGN.isSameOrganisationAs(FOREIGN)).as("without a USCC a party is no one's twin").isFalse();
        assertThat(Fixtures.GXU.isForeign()).isFalse();
        assertThat(Fixtures.GXU.country()).isNull();
        String json = assertDoesNotThrow(() -> EventJson.mapper().writeValueAsString(FOREIGN));
        assertThat(json).contains("\"country\":\"DE\"").doesNotContain("uscc").doesNotContain("region");
        assertThat(assertDoesNotThrow(() -> EventJson.mapper().readValue(json, Party.class))).isEqualTo(FOREIGN);
    }

    @Test
    void aChinesePartyStillNeedsItsUsccAndRegionAndAForeignOneNoRegion() {
        assertThatThrownBy(() -> new Party(null, "某公司", OrgKind.ENTERPRISE, "450100", null, "CN"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("uscc");
        assertThatThrownBy(() -> new Party(null, "Acme", OrgKind.ENTERPRISE, "450100", null, "US"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Party.foreign("Acme", OrgKind.ENTERPRISE, "CN"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Party.foreign("Acme", OrgKind.ENTERPRISE, "usa"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmendmentObeysTheRulesOfARegistrationAndReadsAsOne() {
        ContractRegistered r = Fixtures.contractRegistered();
        BigDecimal total = r.totalContractAmount().subtract(new BigDecimal("200000.00"));
        ContractAmended a = new ContractAmended(r.contractId(), r.registrationNumber(), r.title(), r.contractType(),
                r.seller(), r.buyer(), r.intermediary(), r.registrationPoint(), total, r.nonTechnicalAmount(),
                total.subtract(r.nonTechnicalAmount()), r.nonTechnicalItems(), r.signedOn(), r.registeredAt(),
                r.ruleSetVersion(), 1, r.registeredAt().plusSeconds(86_400), "补充协议调减转让费");
        assertThat(a.asRegistered().technologyTransactionAmount())
                .isEqualByComparingTo(r.technologyTransactionAmount().subtract(new BigDecimal("200000.00")));
        assertThatThrownBy(() -> new ContractAmended(r.contractId(), r.registrationNumber(), r.title(),
                r.contractType(), r.seller(), r.buyer(), r.intermediary(), r.registrationPoint(), total,
                r.nonTechnicalAmount(), r.technologyTransactionAmount(), r.nonTechnicalItems(), r.signedOn(),
                r.registeredAt(), r.ruleSetVersion(), 1, r.registeredAt().plusSeconds(60), "x"))
                .as("the amounts must still add up").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractAmended(r.contractId(), r.registrationNumber(), r.title(),
                r.contractType(), r.seller(), r.buyer(), r.intermediary(), r.registrationPoint(),
                r.totalContractAmount(), r.nonTechnicalAmount(), r.technologyTransactionAmount(),
                r.nonTechnicalItems(), r.signedOn(), r.registeredAt(), r.ruleSetVersion(), 0,
                r.registeredAt().plusSeconds(60), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSixteenDigitNumberWithAFourDigitYearNamesItsPointBeforeTheSerial() {
        ContractRegistered r = Fixtures.contractRegistered();
        String sixteen = "2026" + "45" + r.registrationPoint().code() + "000123";
        ContractRegistered s = new ContractRegistered(r.contractId(), sixteen, r.title(), r.contractType(), r.seller(),
                r.buyer(), r.intermediary(), r.registrationPoint(), r.totalContractAmount(), r.nonTechnicalAmount(),
                r.technologyTransactionAmount(), r.nonTechnicalItems(), r.signedOn(), r.registeredAt(),
                r.ruleSetVersion());
        assertThat(s.registrationNumber()).hasSize(16);
        assertThatThrownBy(() -> new ContractRegistered(r.contractId(), "2026450999000123", r.title(),
                r.contractType(), r.seller(), r.buyer(), r.intermediary(), r.registrationPoint(),
                r.totalContractAmount(), r.nonTechnicalAmount(), r.technologyTransactionAmount(),
                r.nonTechnicalItems(), r.signedOn(), r.registeredAt(), r.ruleSetVersion()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalNeedsDistinctGroundsAndAnExplanation() {
        ContractRegistered r = Fixtures.contractRegistered();
        assertThatThrownBy(() -> new ContractRefused(r.contractId(), r.title(), r.contractType(), r.seller(), FOREIGN,
                null, r.registrationPoint(), List.of(), "x", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractRefused(r.contractId(), r.title(), r.contractType(), r.seller(), FOREIGN,
                null, r.registrationPoint(), List.of(RefusalGround.PRICE_UNCLEAR, RefusalGround.PRICE_UNCLEAR), "x",
                Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ContractRefused(r.contractId(), r.title(), r.contractType(), r.seller(), FOREIGN, null,
                r.registrationPoint(), List.of(RefusalGround.NOT_TECHNICAL_CONTRACT), "管理咨询", Instant.now())
                .grounds()).containsExactly(RefusalGround.NOT_TECHNICAL_CONTRACT);
    }

    @Test
    void anOverdueDeadlineHasNoWorkingDaysLeft() {
        ContractRegistered r = Fixtures.contractRegistered();
        assertThatThrownBy(() -> new ContractDeadlineApproaching(r.contractId(), r.title(), r.contractType(),
                r.seller(), r.buyer(), r.registrationPoint(), LocalDate.of(2026, 10, 16), 2, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContractDeadlineApproaching(r.contractId(), r.title(), r.contractType(),
                r.seller(), r.buyer(), r.registrationPoint(), LocalDate.of(2026, 10, 16), -1, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
