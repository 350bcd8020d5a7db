package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
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
        String technicalField,
        String status,
        List<String> correctionReasons,
        String registrationPointUscc,
        String registrationNumber,
        String ruleSetVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant acceptedAt,
        Instant registeredAt,
        List<String> actions) implements Actionable {

    public ContractView {
        nonTechnicalItems = nonTechnicalItems == null ? List.of() : nonTechnicalItems;
        correctionReasons = correctionReasons == null ? List.of() : correctionReasons;
    }

    @TemplateData
    public record Item(String category, String description, BigDecimal amount) {}
}
