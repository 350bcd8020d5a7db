package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A round of 创新券 as the subsidy service answers it; {@code totals} only for the admins. */
@TemplateData
public record VoucherRoundView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String name,
        BigDecimal faceValue,
        String mode,
        BigDecimal feeShare,
        LocalDate applyFrom,
        LocalDate applyTo,
        LocalDate expiresOn,
        String subMarket,
        boolean open,
        Totals totals,
        List<String> actions) implements Actionable {

    /** Issued, redeemed and expired vouchers of the round. */
    @TemplateData
    public record Totals(long issued, BigDecimal issuedAmount, long redeemed, BigDecimal redeemedAmount,
            BigDecimal returnedAmount, long expired, BigDecimal expiredAmount, BigDecimal outstandingAmount) {}
}
