package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A 创新券 as the subsidy service answers it to its holder, its provider and the admins. */
@TemplateData
public record VoucherView(
        UUID id,
        UUID roundId,
        String roundName,
        String programmeCode,
        int budgetYear,
        String mode,
        BigDecimal faceValue,
        BigDecimal feeShare,
        LocalDate expiresOn,
        String status,
        Org holder,
        String qualificationNumber,
        Instant issuedAt,
        Org provider,
        Redemption redemption,
        Instant expiredAt,
        List<String> actions) implements Actionable {

    /** An organisation on the voucher. */
    @TemplateData
    public record Org(String uscc, String name, String region) {}

    /** What the redemption paid, to whom, on which contract. */
    @TemplateData
    public record Redemption(String registrationNumber, BigDecimal fee, LocalDate paidOn, String paymentReference,
            BigDecimal amount, BigDecimal returnedToBudget, String payeeUscc, Instant redeemedAt) {}
}
