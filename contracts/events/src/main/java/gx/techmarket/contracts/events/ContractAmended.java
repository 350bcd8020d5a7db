package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 变更登记: a registered contract's amounts or parties changed and the registration point registered it again under
 * the same number. The event carries every fact of the registration as it now stands (the same components, and the
 * same rules, as {@link ContractRegistered}; {@code registeredAt} stays the first registration's), so a consumer
 * replaces what it derived from the earlier facts: reverse, then assess anew.
 *
 * @param amendmentNumber the amendment's position among the contract's amendments: 1, 2, …
 * @param amendedAt       when the amendment was registered
 * @param reason          why the registration was amended, as the registrar recorded it
 * @param technicalField  技术领域 as it stands ({@link ContractRegistered#technicalField()}), {@code null} when none
 * @param brokerAccount   the drafting 技术经理人's account ({@link ContractRegistered#brokerAccount()}), or {@code null}
 */
@EventContract(type = "registry.ContractAmended.v1", topic = "registry.contracts.v1", aggregateType = "Contract")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractAmended(
        UUID contractId,
        String registrationNumber,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        RegistrationPoint registrationPoint,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalContractAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nonTechnicalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyTransactionAmount,
        List<NonTechnicalItem> nonTechnicalItems,
        LocalDate signedOn,
        Instant registeredAt,
        String ruleSetVersion,
        int amendmentNumber,
        Instant amendedAt,
        String reason,
        String technicalField,
        String brokerAccount) implements DomainEvent {

    /** An amendment of a registration whose 技术领域 was not stated. */
    public ContractAmended(UUID contractId, String registrationNumber, String title, ContractType contractType,
            Party seller, Party buyer, Party intermediary, RegistrationPoint registrationPoint,
            BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount, BigDecimal technologyTransactionAmount,
            List<NonTechnicalItem> nonTechnicalItems, LocalDate signedOn, Instant registeredAt,
            String ruleSetVersion, int amendmentNumber, Instant amendedAt, String reason) {
        this(contractId, registrationNumber, title, contractType, seller, buyer, intermediary, registrationPoint,
                totalContractAmount, nonTechnicalAmount, technologyTransactionAmount, nonTechnicalItems, signedOn,
                registeredAt, ruleSetVersion, amendmentNumber, amendedAt, reason, null, null);
    }

    /** An amendment of a registration no broker drafted. */
    public ContractAmended(UUID contractId, String registrationNumber, String title, ContractType contractType,
            Party seller, Party buyer, Party intermediary, RegistrationPoint registrationPoint,
            BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount, BigDecimal technologyTransactionAmount,
            List<NonTechnicalItem> nonTechnicalItems, LocalDate signedOn, Instant registeredAt,
            String ruleSetVersion, int amendmentNumber, Instant amendedAt, String reason, String technicalField) {
        this(contractId, registrationNumber, title, contractType, seller, buyer, intermediary, registrationPoint,
                totalContractAmount, nonTechnicalAmount, technologyTransactionAmount, nonTechnicalItems, signedOn,
                registeredAt, ruleSetVersion, amendmentNumber, amendedAt, reason, technicalField, null);
    }

    public ContractAmended {
        // The registration's facts obey exactly the rules of a registration; the record checks and normalises them.
        ContractRegistered facts = new ContractRegistered(contractId, registrationNumber, title, contractType, seller,
                buyer, intermediary, registrationPoint, totalContractAmount, nonTechnicalAmount,
                technologyTransactionAmount, nonTechnicalItems, signedOn, registeredAt, ruleSetVersion,
                technicalField, brokerAccount);
        totalContractAmount = facts.totalContractAmount();
        nonTechnicalAmount = facts.nonTechnicalAmount();
        technologyTransactionAmount = facts.technologyTransactionAmount();
        nonTechnicalItems = facts.nonTechnicalItems();
        if (amendmentNumber < 1) {
            throw new IllegalArgumentException("amendmentNumber starts at 1");
        }
        Require.present(amendedAt, "amendedAt");
        if (amendedAt.isBefore(registeredAt)) {
            throw new IllegalArgumentException("amendedAt is before the registration it amends");
        }
        Require.text(reason, Require.TEXT_MAX, "reason");
    }

    /** The registration as it stands after this amendment, in the shape of a first registration. */
    @JsonIgnore
    public ContractRegistered asRegistered() {
        return new ContractRegistered(contractId, registrationNumber, title, contractType, seller, buyer,
                intermediary, registrationPoint, totalContractAmount, nonTechnicalAmount, technologyTransactionAmount,
                nonTechnicalItems, signedOn, registeredAt, ruleSetVersion, technicalField, brokerAccount);
    }

    @Override
    public String aggregateId() {
        return contractId.toString();
    }
}
