package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What anyone may check of a 登记证明 without signing in: the facts printed on it, nothing else (REGISTERED,
 * AMENDED or DEREGISTERED, with the registry's labels).
 */
@TemplateData
public record CertificateFacts(String registrationNumber, String title, String contractType,
        String contractCategory, String contractTypeLabel, String sellerName, String buyerName,
        String intermediaryName, BigDecimal totalContractAmount, BigDecimal technologyTransactionAmount,
        LocalDate signedOn, LocalDate registeredOn, String registrationPointName, String ruleSetVersion,
        String status, String statusLabel, int amendmentNumber, LocalDate amendedOn, LocalDate deregisteredOn) {}
