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
 * @param vouchersIssued  创新券 issued to holders of the programme (or of the city) in the budget year (count)
 * @param issuedValue     their face value in 元
 * @param vouchersRedeemed 兑付: redeemed with a registered contract (count)
 * @param redeemedAmount  what they paid, in 元
 * @param vouchersExpired not redeemed by their last day (count)
 * @param returnedAmount  face value back to the budget (the unused part of a redemption and expired vouchers), in 元
 * @param subMarket       the programme's sub-market (a programme row the caller's market covers), else {@code null}
 * @param budget          the programme-year's budget (预算) in 元, {@code null} when not known or not the caller's
 * @param available       what is still available to grant (剩余), in 元, {@code null} likewise
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
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidNet,
        long vouchersIssued,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal issuedValue,
        long vouchersRedeemed,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal redeemedAmount,
        long vouchersExpired,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedAmount,
        String subMarket,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available) {}
