package gx.techmarket.subsidy.voucher;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as the API shows it: its terms, whether it takes applications today, its totals and the caller's actions. */
public record VoucherRoundView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String name,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue,
        VoucherMode mode,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feeShare,
        LocalDate applyFrom,
        LocalDate applyTo,
        LocalDate expiresOn,
        String eligibleQualification,
        String subMarket,
        @Schema(description = "Whether the round takes applications today (China time)") boolean open,
        @Schema(description = "Issued, redeemed and expired vouchers of the round; null for an enterprise's view")
        Totals totals,
        Instant createdAt,
        @Schema(description = "What the caller may do now: apply (an enterprise that may apply today)")
        List<String> actions) {

    /** What the round's vouchers came to: counts and sums in 元. */
    @Schema(name = "VoucherRoundTotals")
    public record Totals(
            long issued,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal issuedAmount,
            long redeemed,
            @Schema(description = "What the redeemed vouchers paid (owed to their payees)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal redeemedAmount,
            @Schema(description = "The unused part of redeemed vouchers, given back to the budget")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedAmount,
            long expired,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expiredAmount,
            @Schema(description = "Face value of vouchers still issued (held on the VOUCHER account)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstandingAmount) {}

    static VoucherRoundView of(VoucherRound r, LocalDate today, Totals totals, List<String> actions) {
        return new VoucherRoundView(r.id(), r.programmeCode, r.budgetYear, r.name, r.faceValue, r.mode, r.feeShare,
                r.applyFrom, r.applyTo, r.expiresOn, r.eligibleQualification, r.subMarket, r.takesApplications(today),
                totals, r.createdAt(), actions);
    }
}
