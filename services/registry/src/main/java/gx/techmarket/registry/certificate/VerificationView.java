package gx.techmarket.registry.certificate;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.registry.contract.ContractStatus;
import gx.techmarket.registry.contract.RegistrationRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the public verification page shows of a certificate: exactly the facts printed on it (names, not USCCs or
 * ids; no items, no people, no other contract data), so a printed certificate can be checked by anyone holding it.
 */
@Schema(description = "The facts of a 登记证明, for anyone holding its number and verification code")
public record VerificationView(
        String registrationNumber,
        String title,
        ContractType contractType,
        ContractCategory contractCategory,
        @Schema(description = "e.g. 技术转让（专利权转让）") String contractTypeLabel,
        String sellerName,
        String buyerName,
        String intermediaryName,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        LocalDate signedOn,
        @Schema(description = "The registration date in China") LocalDate registeredOn,
        String registrationPointName,
        String ruleSetVersion,
        @Schema(description = "REGISTERED, AMENDED or DEREGISTERED") ContractStatus status,
        @Schema(description = "e.g. 有效, 有效（已变更登记）, 已注销") String statusLabel,
        @Schema(description = "The number of the last 变更登记 (0: never amended)") int amendmentNumber,
        LocalDate amendedOn,
        LocalDate deregisteredOn) {

    static VerificationView of(RegistrationRecord r) {
        return new VerificationView(r.registrationNumber(), r.title(), r.contractType(), r.contractType().category(),
                CertificateLabels.type(r.contractType()), r.seller().name(), r.buyer().name(),
                r.intermediary() == null ? null : r.intermediary().name(), r.totalContractAmount(),
                r.technologyTransactionAmount(), r.signedOn(), CertificatePdf.chinaDate(r.registeredAt()),
                r.registrationPointName(), r.ruleSetVersion(), r.status(), CertificateLabels.status(r.status()),
                r.amendmentNumber(), r.amendedAt() == null ? null : CertificatePdf.chinaDate(r.amendedAt()),
                r.deregisteredAt() == null ? null : CertificatePdf.chinaDate(r.deregisteredAt()));
    }
}
