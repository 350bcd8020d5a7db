package gx.techmarket.subsidy.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 应收追回款: what a beneficiary owes back to a programme after a paid grant was reversed, how much is still
 * outstanding (and how much of it a batch has set aside to set off), how it came back, and what the caller may do
 * ({@code record-repayment}).
 */
public record ReceivableView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String beneficiaryUscc,
        String beneficiaryName,
        String beneficiaryRegion,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstanding,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserved,
        String reason,
        String status,
        Instant raisedAt,
        Instant settledAt,
        List<Settlement> settlements,
        List<String> actions) {

    /** A repayment or an offset. */
    public record Settlement(
            String kind,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String reference,
            LocalDate settledOn,
            UUID batchId,
            Instant recordedAt) {}
}
