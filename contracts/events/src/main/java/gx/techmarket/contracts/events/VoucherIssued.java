package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 创新券已发放: an enterprise (科技型中小企业) was issued an innovation voucher of a round; its face value is set aside
 * from the programme-year's budget until the voucher is redeemed or expires.
 *
 * @param voucherId     the voucher (the aggregate; Kafka key and CloudEvents subject)
 * @param roundId       the round (发放批次) it was issued in
 * @param programmeCode 补助项目 code of the VOUCHER programme (open set, e.g. {@code INNOVATION_VOUCHER})
 * @param budgetYear    the budget year the round draws on
 * @param subMarket     the programme's sub-market, a region code ({@code 450000} the province, {@code 451000} 百色)
 * @param holder        the enterprise holding it, as the voucher recorded it at issue
 * @param faceValue     its face value in 元 (above zero)
 * @param issuedAt      when it was issued
 */
@EventContract(type = "subsidy.VoucherIssued.v1", topic = "subsidy.grants.v1", aggregateType = "Voucher")
public record VoucherIssued(
        UUID voucherId,
        UUID roundId,
        String programmeCode,
        int budgetYear,
        String subMarket,
        Party holder,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue,
        Instant issuedAt) implements DomainEvent {

    public VoucherIssued {
        Require.present(voucherId, "voucherId");
        Require.present(roundId, "roundId");
        Require.code(programmeCode, "programmeCode");
        Require.budgetYear(budgetYear);
        Require.matches(subMarket, Codes.REGION_CODE, "subMarket");
        Require.domestic(holder, "holder");
        faceValue = Require.positiveAmount(faceValue, "faceValue");
        Require.present(issuedAt, "issuedAt");
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}
