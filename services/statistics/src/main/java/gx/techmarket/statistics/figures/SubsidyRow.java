package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * One programme or city of a budget year's subsidies.
 *
 * @param granted         补助核准 from registered contracts (count)
 * @param grantedAmount   their amount in 元
 * @param claimsApproved  申领 approved (count)
 * @param claimedAmount   their amount in 元
 * @param paid            payee lines paid (拨付)
 * @param paidGross       paid before set-off (追回款 offset), in 元
 * @param paidNet         transferred by the bank, in 元
 */
public record SubsidyRow(
        String key,
        String label,
        String labelEn,
        long granted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grantedAmount,
        long claimsApproved,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal claimedAmount,
        long paid,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidGross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidNet) {}
