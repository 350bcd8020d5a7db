package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 创新券已兑付: the provider the holder chose redeemed the voucher with a registered technical contract between the
 * two (provider sells, holder buys). The voucher pays {@code redeemedAmount} (its share of the fee, at most the face
 * value and the payee's yearly cap); the rest of the face value, {@code returnedAmount}, goes back to the budget.
 * {@code redeemedAmount + returnedAmount = faceValue}.
 *
 * @param voucherId          the voucher (the aggregate; Kafka key and CloudEvents subject)
 * @param programmeCode      补助项目 code of the VOUCHER programme (open set)
 * @param budgetYear         the budget year the voucher's round draws on
 * @param subMarket          the programme's sub-market, a region code
 * @param holder             the enterprise holding it, as the voucher recorded it at issue
 * @param provider           the 创新券服务机构 that redeemed it, as the voucher recorded it when chosen
 * @param contractId         the registered contract the service was bought under
 * @param registrationNumber its 合同登记编号
 * @param faceValue          the voucher's face value in 元
 * @param redeemedAmount     what the voucher pays, in 元 (above zero)
 * @param returnedAmount     the part of the face value not used, back to the budget, in 元 (zero when none)
 * @param redeemedAt         when it was redeemed
 */
@EventContract(type = "subsidy.VoucherRedeemed.v1", topic = "subsidy.grants.v1", aggregateType = "Voucher")
public record VoucherRedeemed(
        UUID voucherId,
        String programmeCode,
        int budgetYear,
        String subMarket,
        Party holder,
        Party provider,
        UUID contractId,
        String registrationNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal redeemedAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returnedAmount,
        Instant redeemedAt) implements DomainEvent {

    public VoucherRedeemed {
        Require.present(voucherId, "voucherId");
        Require.code(programmeCode, "programmeCode");
        Require.budgetYear(budgetYear);
        Require.matches(subMarket, Codes.REGION_CODE, "subMarket");
        Require.domestic(holder, "holder");
        Require.domestic(provider, "provider");
        if (holder.isSameOrganisationAs(provider)) {
            throw new IllegalArgumentException("the provider " + provider.uscc() + " cannot be the holder");
        }
        Require.present(contractId, "contractId");
        Require.matches(registrationNumber, Codes.REGISTRATION_NUMBER, "registrationNumber");
        faceValue = Require.positiveAmount(faceValue, "faceValue");
        redeemedAmount = Require.positiveAmount(redeemedAmount, "redeemedAmount");
        returnedAmount = Money.of(Require.present(returnedAmount, "returnedAmount"));
        if (redeemedAmount.add(returnedAmount).compareTo(faceValue) != 0) {
            throw new IllegalArgumentException("redeemedAmount " + redeemedAmount.toPlainString() + " and returnedAmount "
                    + returnedAmount.toPlainString() + " do not add up to faceValue " + faceValue.toPlainString());
        }
        Require.present(redeemedAt, "redeemedAt");
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}
