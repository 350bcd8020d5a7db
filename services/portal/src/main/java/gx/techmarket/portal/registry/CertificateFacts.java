package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone may check of a 登记证明 without signing in: the facts printed on it, nothing else (REGISTERED,
 * AMENDED or DEREGISTERED).
 */
@TemplateData
public record CertificateFacts(String registrationNumber, String title, String contractType, String sellerName,
        String buyerName, BigDecimal totalContractAmount, BigDecimal technologyTransactionAmount, LocalDate signedOn,
        Instant registeredAt, String registrationPoint, String status, Integer amendmentNumber) {}
