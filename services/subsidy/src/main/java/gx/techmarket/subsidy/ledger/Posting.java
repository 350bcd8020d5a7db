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
 * @param entitlementId the entitlement it belongs to, {@code null} for anything else
 * @param sourceType    what it is for: {@code ENTITLEMENT}, {@code CLAIM}, {@code PAYMENT_BATCH},
 *                      {@code RECEIVABLE}, {@code VOUCHER} …; {@code null} for budget allocations
 * @param sourceId      the id of that entitlement, claim, batch …; {@code null} exactly when sourceType is
 * @param lines         at least two lines, none zero, summing to zero
 */
public record Posting(EntryKind kind, String description, java.util.UUID entitlementId, String sourceType,
        java.util.UUID sourceId, List<Line> lines) {

    static final int DESCRIPTION_MAX = 1000;

    private static final java.util.regex.Pattern SOURCE_TYPE = java.util.regex.Pattern.compile("[A-Z][A-Z_]{0,29}");

    public Posting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (description.isBlank() || description.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("a posting needs a description of 1 to " + DESCRIPTION_MAX + " characters");
        }
        if ((sourceType == null) != (sourceId == null)
                || (sourceType != null && !SOURCE_TYPE.matcher(sourceType).matches())) {
            throw new IllegalArgumentException("a posting names both a source type and id, or neither");
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

    /** An entry for an entitlement ({@code null}: a budget allocation, for no source). */
    public Posting(EntryKind kind, String description, java.util.UUID entitlementId, List<Line> lines) {
        this(kind, description, entitlementId, entitlementId == null ? null : "ENTITLEMENT", entitlementId, lines);
    }

    /** An entry for {@code sourceType} {@code sourceId} (a claim, a payment batch, a voucher …). */
    public static Posting of(EntryKind kind, String description, String sourceType, java.util.UUID sourceId,
            List<Line> lines) {
        return new Posting(kind, description, "ENTITLEMENT".equals(sourceType) ? sourceId : null, sourceType,
                sourceId, lines);
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
