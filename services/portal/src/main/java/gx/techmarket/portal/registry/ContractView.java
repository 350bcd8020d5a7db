package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A technical contract on its way to 认定登记, as the registry answers it. */
@TemplateData
public record ContractView(
        UUID id,
        String title,
        String contractType,
        String contractCategory,
        String origin,
        UUID challengeId,
        UUID bidId,
        UUID resultId,
        Party seller,
        Party buyer,
        Party intermediary,
        BigDecimal proposedAmount,
        BigDecimal totalContractAmount,
        BigDecimal nonTechnicalAmount,
        BigDecimal technologyTransactionAmount,
        List<Item> nonTechnicalItems,
        LocalDate signedOn,
        String status,
        List<String> correctionReasons,
        String registrationPointUscc,
        String registrationNumber,
        String ruleSetVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant acceptedAt,
        Instant registeredAt) {

    public ContractView {
        nonTechnicalItems = nonTechnicalItems == null ? List.of() : nonTechnicalItems;
        correctionReasons = correctionReasons == null ? List.of() : correctionReasons;
    }

    @TemplateData
    public record Party(String uscc, String name, String kind, String region, String parentUscc) {}

    @TemplateData
    public record Item(String category, String description, BigDecimal amount) {}

    /** The seller files a draft or a filing returned for correction. */
    public boolean fileable() {
        return "DRAFT".equals(status) || "NEEDS_CORRECTION".equals(status);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    public String sellerUscc() {
        return seller == null ? null : seller.uscc();
    }
}
