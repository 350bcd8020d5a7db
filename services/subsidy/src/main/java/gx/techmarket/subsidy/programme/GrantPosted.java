package gx.techmarket.subsidy.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Money is now owed to a beneficiary: a grant was posted to the ledger (Cr {@code PAYABLE:<programme>:<uscc>}). A CDI
 * event fired synchronously in the posting's transaction; disbursement makes it payable in a batch.
 *
 * @param programmeCode   the programme
 * @param budgetYear      the budget year charged
 * @param beneficiaryUscc who is owed it (the payee)
 * @param sourceType      what it was granted for: {@code ENTITLEMENT}, {@code CLAIM} or {@code VOUCHER}
 * @param sourceId        the entitlement, claim or voucher
 * @param journalEntryId  the ledger entry that posted it
 * @param amount          元, positive
 * @param description     what it is, as the beneficiary's statement shows it
 * @param postedAt        when
 */
public record GrantPosted(String programmeCode, int budgetYear, String beneficiaryUscc, String sourceType,
        UUID sourceId, UUID journalEntryId, BigDecimal amount, String description, Instant postedAt) {

    public GrantPosted {
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(beneficiaryUscc, "beneficiaryUscc");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(journalEntryId, "journalEntryId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(postedAt, "postedAt");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a grant is positive");
        }
    }
}
