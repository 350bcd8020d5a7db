package gx.techmarket.portal.voucher;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Bodies sent to the subsidy service's 创新券 API. */
final class VoucherRequests {

    private VoucherRequests() {}

    record NewRound(String programme, Integer year, String name,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal faceValue, String mode,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feeShare, LocalDate applyFrom,
            LocalDate applyTo, LocalDate expiresOn, String eligibleQualification) {}

    record Provider(String providerUscc) {}

    record Redemption(String registrationNumber, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fee,
            LocalDate paidOn, String paymentReference) {}
}
