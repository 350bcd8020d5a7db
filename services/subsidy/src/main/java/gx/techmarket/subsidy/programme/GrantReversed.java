package gx.techmarket.subsidy.programme;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * An earlier grant was taken back by a reversing ledger entry (Dr {@code PAYABLE}, Cr {@code BUDGET}): the contract's
 * registration was amended or cancelled, say. A CDI event fired synchronously in the reversal's transaction:
 * disbursement drops it from what is to be paid, or, when it was already paid, turns the paid part into a
 * receivable (追回).
 *
 * @param programmeCode   the programme
 * @param budgetYear      the budget year it was charged to
 * @param beneficiaryUscc who it was owed to
 * @param sourceType      as in {@link GrantPosted}
 * @param sourceId        as in {@link GrantPosted}
 * @param reversalEntryId the reversing entry
 * @param amount          the amount reversed, 元, positive
 * @param reason          why
 */
public record GrantReversed(String programmeCode, int budgetYear, String beneficiaryUscc, String sourceType,
        UUID sourceId, UUID reversalEntryId, BigDecimal amount, String reason) {

    public GrantReversed {
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(beneficiaryUscc, "beneficiaryUscc");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(reversalEntryId, "reversalEntryId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a reversed grant is positive");
        }
    }
}
