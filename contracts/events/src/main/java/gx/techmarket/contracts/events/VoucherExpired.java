package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 创新券已过期: a voucher was not redeemed by its round's last day; its whole face value went back to the budget.
 *
 * @param voucherId     the voucher (the aggregate; Kafka key and CloudEvents subject)
 * @param programmeCode 补助项目 code of the VOUCHER programme (open set)
 * @param budgetYear    the budget year the voucher's round draws on
 * @param subMarket     the programme's sub-market, a region code
 * @param holder        the enterprise that held it, as the voucher recorded it at issue
 * @param faceValue     its face value in 元, all of it back to the budget
 * @param expiredAt     when the expiry was recorded (the daily job's run after the last day)
 */
@EventContract(type = "subsidy.VoucherExpired.v1", topic = "subsidy.grants.v1", aggregateType = "Voucher")
public record VoucherExpired(
        UUID voucherId,
        String programmeCode,
        int budgetYear,
        String subMarket,
        Party holder,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue,
        Instant expiredAt) implements DomainEvent {

    public VoucherExpired {
        Require.present(voucherId, "voucherId");
        Require.code(programmeCode, "programmeCode");
        Require.budgetYear(budgetYear);
        Require.matches(subMarket, Codes.REGION_CODE, "subMarket");
        Require.domestic(holder, "holder");
        faceValue = Require.positiveAmount(faceValue, "faceValue");
        Require.present(expiredAt, "expiredAt");
    }

    @Override
    public String aggregateId() {
        return voucherId.toString();
    }
}
