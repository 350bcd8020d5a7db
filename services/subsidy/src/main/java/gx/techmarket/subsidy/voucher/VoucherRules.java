package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The voucher rules as plain Java (no persistence, no CDI): what a redemption pays, when a round takes applications
 * and when a voucher has expired. The service applies them under the programme-year's budget lock.
 */
public final class VoucherRules {

    /** The policy limit of every programme's rate, the voucher's share of the fee included. */
    public static final BigDecimal FEE_SHARE_LIMIT = new BigDecimal("0.50");

    private VoucherRules() {}

    /**
     * What a voucher pays for a fee: {@code fee × feeShare} rounded HALF_UP to the fen, never more than the face
     * value. E.g. face 20,000.00, share 0.50, fee 30,000.01 → 15,000.005 → 15,000.01.
     */
    public static BigDecimal redemptionAmount(BigDecimal faceValue, BigDecimal fee, BigDecimal feeShare) {
        Objects.requireNonNull(faceValue, "faceValue");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(feeShare, "feeShare");
        if (fee.signum() <= 0 || faceValue.signum() <= 0) {
            throw new IllegalArgumentException("fee and face value are positive");
        }
        if (feeShare.signum() <= 0 || feeShare.compareTo(FEE_SHARE_LIMIT) > 0) {
            throw new IllegalArgumentException("fee share " + feeShare.toPlainString() + " is not in (0, 0.50]");
        }
        BigDecimal share = fee.multiply(feeShare).setScale(2, RoundingMode.HALF_UP);
        return share.min(faceValue.setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * A round's dates: applications from {@code applyFrom} to {@code applyTo}, redemptions until {@code expiresOn},
     * in that order, and the application period not over already ({@code today} in China time).
     *
     * @throws ProblemException 400 {@code VOUCHER_ROUND_DATES_INVALID}
     */
    public static void checkRoundDates(LocalDate applyFrom, LocalDate applyTo, LocalDate expiresOn, LocalDate today) {
        if (applyFrom.isAfter(applyTo) || applyTo.isAfter(expiresOn) || applyTo.isBefore(today)) {
            throw ProblemException.badRequest("VOUCHER_ROUND_DATES_INVALID", applyFrom, applyTo, expiresOn, today);
        }
    }

    /** Whether a round takes applications on {@code day}. */
    public static boolean takesApplications(LocalDate applyFrom, LocalDate applyTo, LocalDate day) {
        return !day.isBefore(applyFrom) && !day.isAfter(applyTo);
    }

    /** Whether a voucher whose last day is {@code expiresOn} has expired on {@code day}. */
    public static boolean expired(LocalDate expiresOn, LocalDate day) {
        return day.isAfter(expiresOn);
    }
}
