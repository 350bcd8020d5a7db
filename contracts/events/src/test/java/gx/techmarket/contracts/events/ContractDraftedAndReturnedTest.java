package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of the two events that tell the parties about a contract before it is registered. */
class ContractDraftedAndReturnedTest {

    private static final UUID CONTRACT = UUID.fromString("1a3c5e7f-9b2d-4f6a-8c0e-2b4d6f8a0c19");
    private static final Instant AT = Instant.parse("2026-09-01T02:30:00Z");

    private static ContractDrafted drafted(UUID resultId, UUID challengeId, BigDecimal amount) {
        return new ContractDrafted(CONTRACT, "蔗渣技术许可合同", ContractType.LICENSE_PATENT, Fixtures.GXU,
                Fixtures.GX_SUGAR, Fixtures.GX_TTC, resultId, challengeId, amount, AT);
    }

    private static ContractReturned returned(List<String> reasons) {
        return new ContractReturned(CONTRACT, "蔗渣技术许可合同", ContractType.LICENSE_PATENT, Fixtures.GXU,
                Fixtures.GX_SUGAR, null, Fixtures.NANNING_STATION, reasons, AT);
    }

    @Test
    void shouldComeFromExactlyOneOfAResultOrAnAward() {
        assertThat(drafted(Fixtures.RESULT_ID, null, null).aggregateId()).isEqualTo(CONTRACT.toString());
        assertThatThrownBy(() -> drafted(null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> drafted(Fixtures.RESULT_ID, UUID.randomUUID(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    }

    @Test
    void shouldKeepTheProposedAmountInFenAndValidAgainstItsSchema() {
        ContractDrafted d = drafted(Fixtures.RESULT_ID, null, new BigDecimal("2600000"));
        assertThat(d.proposedAmount()).isEqualByComparingTo("2600000.00");
        assertThat(EventJson.toTree(d).path("proposedAmount").asText()).isEqualTo("2600000.00");
        assertThat(EventSchemas.validate(d)).isEmpty();
        assertThat(EventJson.toTree(drafted(Fixtures.RESULT_ID, null, null)).has("proposedAmount")).isFalse();
    }

    @Test
    void shouldRefuseADraftBetweenAnOrganisationAndItself() {
        assertThatThrownBy(() -> new ContractDrafted(CONTRACT, "t", ContractType.LICENSE_PATENT, Fixtures.GXU,
                Fixtures.GXU, null, Fixtures.RESULT_ID, null, null, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same organisation");
    }

    @Test
    void shouldNeedOneToTwentyNonBlankReasons() {
        assertThat(returned(List.of("缺少附件")).reasons()).containsExactly("缺少附件");
        assertThat(EventSchemas.validate(returned(List.of("缺少附件", "金额有误")))).isEmpty();
        assertThatThrownBy(() -> returned(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> returned(new ArrayList<>(Collections.nCopies(21, "缺少附件"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> returned(List.of(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }
}
