package gx.techmarket.subsidy.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A journal entry about to be posted: its kind, what it is for, and lines whose signed amounts (debit positive,
 * credit negative, 元 with fen precision) sum to zero. The constructor refuses anything else.
 *
 * @param kind          why the entry exists
 * @param description   the human-readable reason, shown in the ledger
 * @param entitlementId the entitlement it belongs to, {@code null} for budget allocations
 * @param lines         at least two lines, none zero, summing to zero
 */
public record Posting(EntryKind kind, String description, java.util.UUID entitlementId, List<Line> lines) {

    static final int DESCRIPTION_MAX = 1000;

    public Posting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (description.isBlank() || description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("a posting needs a description of 1 to " + DESCRIPTION_MAX + " characters");
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a journal entry needs at least two lines, not " + lines.size());
        }
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() != 0) {
            throw new IllegalArgumentException("the lines of a journal entry must sum to zero, not " + total.toPlainString());
        }
    }

    /**
     * One line: an account and a signed amount in 元 (debit positive, credit negative).
     *
     * @param account the account code, e.g. {@code BUDGET:INTERMEDIARY_SUBSIDY:2026}
     * @param amount  non-zero, at most two decimals
     */
    public record Line(Account account, BigDecimal amount) {

        public Line {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                throw new IllegalArgumentException("a journal line cannot be zero");
            }
            try {
                amount = amount.setScale(2, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("amount " + amount.toPlainString() + " has digits below 分", e);
            }
        }

        public static Line debit(Account account, BigDecimal amount) {
            requirePositive(amount);
            return new Line(account, amount);
        }

        public static Line credit(Account account, BigDecimal amount) {
            requirePositive(amount);
            return new Line(account, amount.negate());
        }

        /** The same line with the opposite sign: what a reversing entry posts. */
        Line reversed() {
            return new Line(account, amount.negate());
        }

        private static void requirePositive(BigDecimal amount) {
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("debit and credit amounts are positive");
            }
        }
    }
}
