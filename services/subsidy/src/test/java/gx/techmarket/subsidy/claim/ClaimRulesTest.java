package gx.techmarket.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.subsidy.programme.Explanation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a claim gives, to the fen, without Quarkus. */
class ClaimRulesTest {

    static final BigDecimal ZERO = new BigDecimal("0.00");
    static final BigDecimal T = new BigDecimal("800000.00");
    static final BigDecimal RATE = new BigDecimal("0.20");
    static final BigDecimal CEILING = new BigDecimal("160000.00");
    static final ClaimRules.Caps NO_CAPS = new ClaimRules.Caps(null, ZERO, null);

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void partialPaymentsOverTimeAddUpToWhatOneClaimOnAllOfThemGives() {
        // 300,000.33 paid first: 0.20 × 300,000.33 = 60,000.066 → 60,000.07
        ClaimRules.Calculation first = ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO,
                yuan("300000.33"), NO_CAPS);
        assertThat(first.amount()).isEqualByComparingTo("60000.07");
        // then 499,999.67: cumulative 800,000.00 × 0.20 = 160,000.00, minus 60,000.07 given
        ClaimRules.Calculation second = ClaimRules.onPayments(T, RATE, CEILING, ZERO, yuan("300000.33"),
                first.amount(), yuan("499999.67"), NO_CAPS);
        assertThat(second.amount()).isEqualByComparingTo("99999.93");
        assertThat(first.amount().add(second.amount())).isEqualByComparingTo(
                ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, T, NO_CAPS).amount());
    }

    @Test
    void theEntitlementsCeilingCapsTheCumulativeSubsidy() {
        // 0.20 × 800,000.00 = 160,000.00 but the per-contract cap left 100,000.00 on the entitlement
        ClaimRules.Calculation c = ClaimRules.onPayments(T, RATE, yuan("100000.00"), ZERO, ZERO, ZERO, T, NO_CAPS);
        assertThat(c.amount()).isEqualByComparingTo("100000.00");
        assertThat(c.steps()).extracting(Explanation.Step::code).contains("claim.ceiling");
        assertThat(c.steps()).filteredOn(s -> s.code().equals("claim.ceiling")).singleElement()
                .satisfies(s -> assertThat(s.facts()).containsEntry("amount", "160000.00")
                        .containsEntry("ceiling", "100000.00"));
    }

    @Test
    void paymentsAboveTheRegisteredAmountWithTheOtherClaimsAreRefused() {
        assertThatThrownBy(() -> ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, yuan("800000.01"),
                NO_CAPS)).isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.code()).isEqualTo("CLAIM_EXCEEDS_ENTITLEMENT");
                    assertThat(p.status()).isEqualTo(409);
                });
        // a submitted, not yet approved claim's payments count against T, not in the amount
        assertThatThrownBy(() -> ClaimRules.onPayments(T, RATE, CEILING, yuan("500000.00"), ZERO, ZERO,
                yuan("300000.01"), NO_CAPS)).isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CLAIM_EXCEEDS_ENTITLEMENT"));
        assertThat(ClaimRules.onPayments(T, RATE, CEILING, yuan("500000.00"), ZERO, ZERO, yuan("300000.00"),
                NO_CAPS).amount()).isEqualByComparingTo("60000.00");
    }

    @Test
    void nothingLeftOnceEarlierClaimsGaveTheCeiling() {
        assertThatThrownBy(() -> ClaimRules.onPayments(T, RATE, yuan("100000.00"), ZERO, yuan("600000.00"),
                yuan("100000.00"), yuan("100000.00"), NO_CAPS)).isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CLAIM_NOTHING_LEFT"));
    }

    @Test
    void theBeneficiaryYearCapCutsTheAmountToWhatIsLeftOfIt() {
        ClaimRules.Caps caps = new ClaimRules.Caps(yuan("300000.00"), yuan("250000.00"), null);
        ClaimRules.Calculation c = ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, T, caps);
        assertThat(c.amount()).isEqualByComparingTo("50000.00");
        assertThat(c.steps()).filteredOn(s -> s.code().equals("claim.yearCap")).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(Explanation.Outcome.APPLIED));
        assertThatThrownBy(() -> ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, T,
                new ClaimRules.Caps(yuan("300000.00"), yuan("300000.00"), null)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CLAIM_YEAR_CAP_REACHED"));
    }

    @Test
    void anAmountBelowTheProgrammesMinimumIsRefused() {
        ClaimRules.Caps minimum = new ClaimRules.Caps(null, ZERO, yuan("10000.00"));
        // 0.20 × 49,999.97 = 9,999.994 → 9,999.99, a fen short (49,999.98 would round up to 10,000.00)
        assertThatThrownBy(() -> ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, yuan("49999.97"),
                minimum)).isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CLAIM_BELOW_MINIMUM"));
        assertThat(ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, yuan("50000.00"), minimum).amount())
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void rdExpenseIsTwentyPercentCappedAtThreeHundredThousandAYear() {
        ClaimRules.Caps cap = new ClaimRules.Caps(yuan("300000.00"), ZERO, null);
        // 0.20 × 1,234,567.89 = 246,913.578 → 246,913.58
        assertThat(ClaimRules.onExpenses(yuan("1234567.89"), RATE, cap).amount()).isEqualByComparingTo("246913.58");
        // 0.20 × 2,000,000.00 = 400,000.00 → capped at 300,000.00
        ClaimRules.Calculation capped = ClaimRules.onExpenses(yuan("2000000.00"), RATE, cap);
        assertThat(capped.amount()).isEqualByComparingTo("300000.00");
        assertThat(capped.steps()).extracting(Explanation.Step::source).contains(Explanation.Source.EXPENSE_EVIDENCE);
    }

    @Test
    void aQualificationsClaimGivesWhatIsLeftOfTheFixedAmount() {
        assertThat(ClaimRules.onQualification(yuan("100000.00"), ZERO, NO_CAPS).amount())
                .isEqualByComparingTo("100000.00");
        assertThatThrownBy(() -> ClaimRules.onQualification(yuan("100000.00"), yuan("100000.00"), NO_CAPS))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("CLAIM_NOTHING_LEFT"));
    }

    @Test
    void everyCalculationExplainsItselfFromThePaymentEvidenceToTheAmount() {
        ClaimRules.Calculation c = ClaimRules.onPayments(T, RATE, CEILING, ZERO, ZERO, ZERO, yuan("100000.00"),
                NO_CAPS);
        assertThat(c.steps()).extracting(Explanation.Step::code)
                .containsExactly("claim.payments", "claim.rate", "claim.earlier", "claim.amount");
        assertThat(c.steps().get(0).source()).isEqualTo(Explanation.Source.PAYMENT_EVIDENCE);
        assertThat(c.steps().get(1).facts()).containsEntry("amount", "20000.00").containsEntry("rate", "0.2");
    }
}
