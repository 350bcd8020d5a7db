package gx.techmarket.contracts.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amounts of money on the wire: 元 with exactly two decimals (分), never negative, at most 16 integer digits
 * ({@code numeric(18,2)}), written as a JSON string such as {@code "1250000.00"} and never as a JSON number.
 */
public final class Money {

    /** Decimals of every amount: 分. */
    public static final int SCALE = 2;

    /** The largest amount that fits {@code numeric(18,2)}. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    private Money() {}

    /**
     * The amount with scale 2, e.g. {@code 1250000} becomes {@code 1250000.00}.
     *
     * @throws IllegalArgumentException if it is negative, has non-zero digits below 分, or exceeds {@link #MAX}
     */
    public static BigDecimal of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is negative");
        }
        BigDecimal scaled;
        try {
            scaled = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has digits below 分 (0.01 元)", e);
        }
        if (scaled.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " exceeds " + MAX.toPlainString());
        }
        return scaled;
    }

    /** {@link #of(BigDecimal)} of a decimal string such as {@code "1250000.00"}. */
    public static BigDecimal of(String amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return of(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + amount + "' is not a decimal amount", e);
        }
    }

    /** {@link #of(BigDecimal)}, or {@code null} for {@code null}: for optional amounts. */
    static BigDecimal ofNullable(BigDecimal amount) {
        return amount == null ? null : of(amount);
    }

    /**
     * A rate as a decimal fraction between 0 and 1 with at most 6 decimals (50% = {@code 0.50}, 1‰ =
     * {@code 0.001}), returned unchanged.
     */
    public static BigDecimal rate(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rate " + rate.toPlainString() + " is not between 0 and 1");
        }
        if (rate.scale() > 6) {
            throw new IllegalArgumentException("rate " + rate.toPlainString() + " has more than 6 decimals");
        }
        if (rate.scale() < 0) {
            return rate.setScale(0, RoundingMode.UNNECESSARY);
        }
        return rate;
    }
}
