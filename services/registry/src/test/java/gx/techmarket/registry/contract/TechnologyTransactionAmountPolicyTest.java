package gx.techmarket.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyTransactionAmountPolicyTest {

    @Test
    void shouldDeductTheNonTechnicalItemsExactly() {
        var amounts = TechnologyTransactionAmountPolicy.apply(new BigDecimal("1000000.00"),
                List.of(item(NonTechnicalItemCategory.EQUIPMENT, "200000.00")));
        assertThat(amounts.totalContractAmount()).isEqualByComparingTo("1000000.00");
        assertThat(amounts.nonTechnicalAmount()).hasToString("200000.00");
        assertThat(amounts.technologyTransactionAmount()).hasToString("800000.00");
    }

    @Test
    void shouldKeepFenExactWhereDoublesWouldNot() {
        var amounts = TechnologyTransactionAmountPolicy.apply(new BigDecimal("0.30"),
                List.of(item(NonTechnicalItemCategory.PARTS, "0.10"), item(NonTechnicalItemCategory.PARTS, "0.20")));
        assertThat(amounts.nonTechnicalAmount()).hasToString("0.30");
        assertThat(amounts.technologyTransactionAmount()).hasToString("0.00");
    }

    @Test
    void shouldTreatNoItemsAsNothingDeducted() {
        var amounts = TechnologyTransactionAmountPolicy.apply(new BigDecimal("1500000"), List.of());
        assertThat(amounts.totalContractAmount()).hasToString("1500000.00");
        assertThat(amounts.nonTechnicalAmount()).hasToString("0.00");
        assertThat(amounts.technologyTransactionAmount()).hasToString("1500000.00");
    }

    @Test
    void shouldRefuseItemsAddingUpToMoreThanTheTotal() {
        assertThatThrownBy(() -> TechnologyTransactionAmountPolicy.apply(new BigDecimal("100000.00"), List.of(
                item(NonTechnicalItemCategory.EQUIPMENT, "80000.00"),
                item(NonTechnicalItemCategory.RAW_MATERIALS, "20000.01"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("NON_TECHNICAL_EXCEEDS_TOTAL");
                    assertThat(e.args()).containsExactly("100000.01", "100000.00");
                });
    }

    private static NonTechnicalItem item(NonTechnicalItemCategory category, String amount) {
        return new NonTechnicalItem(category, "款项", new BigDecimal(amount));
    }
}
