package gx.techmarket.subsidy.voucher;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A voucher as the API shows it to its holder, its chosen provider and the admins of its round's sub-market. */
public record VoucherView(
        UUID id,
        UUID roundId,
        String roundName,
        String programmeCode,
        int budgetYear,
        VoucherMode mode,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feeShare,
        @Schema(description = "The last day it can be redeemed (China date)") LocalDate expiresOn,
        VoucherStatus status,
        Org holder,
        @Schema(description = "The TECH_SME 入库编号 it was issued on") String qualificationNumber,
        Instant issuedAt,
        UUID issueEntryId,
        @Schema(description = "The 创新券服务机构 chosen by the holder, null until chosen") Org provider,
        Redemption redemption,
        Instant expiredAt,
        UUID expiryEntryId,
        @Schema(description = "What the caller may do now: chooseProvider (the holder), redeem (the chosen provider)")
        List<String> actions) {

    /** An organisation as the directory knew it when it was recorded on the voucher. */
    @Schema(name = "VoucherOrg")
    public record Org(String uscc, String name, String region) {}

    /** What the redemption paid, to whom, on which contract and payment. */
    @Schema(name = "VoucherRedemption")
    public record Redemption(
            String registrationNumber,
            UUID contractId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fee,
            LocalDate paidOn,
            String paymentReference,
            @Schema(description = "min(faceValue, fee × feeShare), to the fen")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            @Schema(description = "faceValue − amount, given back to the budget")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedToBudget,
            @Schema(description = "Who is owed the amount: the provider (TONGDUI) or the holder (TONGYONG)")
            String payeeUscc,
            UUID journalEntryId,
            Instant redeemedAt) {}

    static VoucherView of(Voucher v, VoucherRound r, List<String> actions) {
        Org provider = v.providerUscc == null ? null : new Org(v.providerUscc, v.providerName, v.providerRegion);
        Redemption redemption = v.redemptionEntryId == null ? null : new Redemption(v.registrationNumber,
                v.contractId, v.fee, v.paidOn, v.paymentReference, v.redeemedAmount, v.returnedAmount, v.payeeUscc,
                v.redemptionEntryId, v.redeemedAt);
        return new VoucherView(v.id(), r.id(), r.name, r.programmeCode, r.budgetYear, r.mode, v.faceValue,
                r.feeShare, r.expiresOn, v.status, new Org(v.holderUscc, v.holderName, v.holderRegion),
                v.qualificationNumber, v.issuedAt, v.issueEntryId, provider, redemption, v.expiredAt,
                v.expiryEntryId, actions);
    }
}
