package gx.techmarket.subsidy.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The voucher rules, plain Java: what a redemption pays to the fen, the round's dates, expiry. */
class VoucherRulesTest {

    private static BigDecimal amount(String face, String fee, String share) {
        return VoucherRules.redemptionAmount(new BigDecimal(face), new BigDecimal(fee), new BigDecimal(share));
    }

    @Test
    void aRedemptionPaysTheShareOfTheFeeRoundedHalfUpToTheFen() {
        assertThat(amount("20000.00", "30000.01", "0.50")).isEqualByComparingTo("15000.01"); // 15000.005
        assertThat(amount("20000.00", "30000.01", "0.50").scale()).isEqualTo(2);
        assertThat(amount("20000.00", "10000.03", "0.30")).isEqualByComparingTo("3000.01"); // 3000.009
        assertThat(amount("20000.00", "10000.01", "0.30")).isEqualByComparingTo("3000.00"); // 3000.003
    }

    @Test
    void aRedemptionNeverPaysMoreThanTheFaceValue() {
        assertThat(amount("20000.00", "50000.00", "0.50")).isEqualByComparingTo("20000.00");
        assertThat(amount("20000.00", "40000.00", "0.50")).isEqualByComparingTo("20000.00");
        assertThat(amount("20000.00", "39999.98", "0.50")).isEqualByComparingTo("19999.99");
    }

    @Test
    void theFeeShareIsAtMostThePolicyLimit() {
        assertThatThrownBy(() -> amount("20000.00", "100.00", "0.500001"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> amount("20000.00", "100.00", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(amount("20000.00", "100.00", "0.50")).isEqualByComparingTo("50.00");
    }

    @Test
    void aRoundsDatesAreInOrderAndItsApplicationPeriodIsNotOver() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        VoucherRules.checkRoundDates(today, today, today, today);
        VoucherRules.checkRoundDates(today.minusDays(30), today.plusDays(10), today.plusDays(100), today);
        assertThatThrownBy(() -> VoucherRules.checkRoundDates(today.plusDays(2), today.plusDays(1),
                today.plusDays(5), today)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).code()).isEqualTo("VOUCHER_ROUND_DATES_INVALID");
        assertThatThrownBy(() -> VoucherRules.checkRoundDates(today, today.plusDays(10), today.plusDays(9), today))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> VoucherRules.checkRoundDates(today.minusDays(10), today.minusDays(1),
                today.plusDays(9), today)).isInstanceOf(ProblemException.class);
    }

    @Test
    void applicationsAreTakenWithinThePeriodBothDaysIncluded() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        assertThat(VoucherRules.takesApplications(from, to, from)).isTrue();
        assertThat(VoucherRules.takesApplications(from, to, to)).isTrue();
        assertThat(VoucherRules.takesApplications(from, to, from.minusDays(1))).isFalse();
        assertThat(VoucherRules.takesApplications(from, to, to.plusDays(1))).isFalse();
    }

    @Test
    void aVoucherExpiresTheDayAfterItsLastDay() {
        LocalDate last = LocalDate.of(2027, 3, 31);
        assertThat(VoucherRules.expired(last, last)).isFalse();
        assertThat(VoucherRules.expired(last, last.plusDays(1))).isTrue();
    }

    @Test
    void aVoucherCanBeRedeemedOrExpireOnceAndNeverBoth() {
        assertThat(VoucherStatus.LIFECYCLE.apply("redeem", VoucherStatus.ISSUED)).isEqualTo(VoucherStatus.REDEEMED);
        assertThat(VoucherStatus.LIFECYCLE.apply("expire", VoucherStatus.ISSUED)).isEqualTo(VoucherStatus.EXPIRED);
        assertThat(VoucherStatus.LIFECYCLE.allows("redeem", VoucherStatus.REDEEMED)).isFalse();
        assertThat(VoucherStatus.LIFECYCLE.allows("redeem", VoucherStatus.EXPIRED)).isFalse();
        assertThat(VoucherStatus.LIFECYCLE.allows("expire", VoucherStatus.REDEEMED)).isFalse();
    }
}
