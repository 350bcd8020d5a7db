package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 补助已拨付: the bank paid one payee of a payment batch (拨付批次). One event per payee and batch; the payee learns
 * what it was paid, what was set off against what it owed back (追回款), and the bank's reference.
 *
 * @param paymentBatchId   the payment batch (the aggregate; Kafka key and CloudEvents subject)
 * @param batchNumber      the batch's number, {@code BF} + year + six digits
 * @param programmeCode    补助项目 code (open set)
 * @param budgetYear       the budget year the batch pays
 * @param payeeUscc        who was paid
 * @param payeeName        its name, as the batch listed it
 * @param grossAmount      what the batch paid off of what the programme owed the payee, in 元
 * @param offsetAmount     the part set off against what the payee owed back, in 元 (zero when nothing was)
 * @param netAmount        what the bank transferred: gross − offset, in 元
 * @param payeeReference   the payee's line in the batch, {@code <batchNumber>-<nnn>} (the transfer's 附言)
 * @param paymentReference the bank's reference for the batch's payment (流水号/凭证号)
 * @param paidOn           the day the bank paid (China date)
 * @param paidAt           when the payment was recorded
 */
@EventContract(type = "subsidy.SubsidyPaid.v1", topic = "subsidy.grants.v1", aggregateType = "PaymentBatch")
public record SubsidyPaid(
        UUID paymentBatchId,
        String batchNumber,
        String programmeCode,
        int budgetYear,
        String payeeUscc,
        String payeeName,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal offsetAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netAmount,
        String payeeReference,
        String paymentReference,
        LocalDate paidOn,
        Instant paidAt) implements DomainEvent {

    static final Pattern BATCH_NUMBER = Pattern.compile("^BF[0-9]{10}$");
    static final Pattern PAYEE_REFERENCE = Pattern.compile("^BF[0-9]{10}-[0-9]{3,}$");
    static final int REFERENCE_MAX = 100;

    public SubsidyPaid {
        Require.present(paymentBatchId, "paymentBatchId");
        Require.matches(batchNumber, BATCH_NUMBER, "batchNumber");
        Require.code(programmeCode, "programmeCode");
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw new IllegalArgumentException("budgetYear " + budgetYear + " is not between 2000 and 2100");
        }
        Require.matches(payeeUscc, Codes.USCC, "payeeUscc");
        Require.text(payeeName, Require.NAME_MAX, "payeeName");
        grossAmount = Money.of(Require.present(grossAmount, "grossAmount"));
        offsetAmount = Money.of(Require.present(offsetAmount, "offsetAmount"));
        netAmount = Money.of(Require.present(netAmount, "netAmount"));
        if (grossAmount.signum() <= 0) {
            throw new IllegalArgumentException("grossAmount must be positive");
        }
        if (grossAmount.subtract(offsetAmount).compareTo(netAmount) != 0) {
            throw new IllegalArgumentException("netAmount " + netAmount.toPlainString() + " is not grossAmount "
                    + grossAmount.toPlainString() + " less offsetAmount " + offsetAmount.toPlainString());
        }
        Require.matches(payeeReference, PAYEE_REFERENCE, "payeeReference");
        Require.text(paymentReference, REFERENCE_MAX, "paymentReference");
        Require.present(paidOn, "paidOn");
        Require.present(paidAt, "paidAt");
    }

    @Override
    public String aggregateId() {
        return paymentBatchId.toString();
    }
}
