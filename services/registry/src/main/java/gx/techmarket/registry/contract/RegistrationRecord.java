package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts a certificate (登记证明) states, as they stand now: amended facts with the amendment's number, and the
 * deregistration over them once deregistered.
 *
 * @param status REGISTERED, AMENDED or DEREGISTERED
 */
public record RegistrationRecord(
        String registrationNumber,
        String verificationCode,
        String title,
        ContractType contractType,
        Party seller,
        Party buyer,
        Party intermediary,
        BigDecimal totalContractAmount,
        BigDecimal nonTechnicalAmount,
        BigDecimal technologyTransactionAmount,
        LocalDate signedOn,
        Instant registeredAt,
        String registrationPointName,
        String registrationPointCode,
        String ruleSetVersion,
        ContractStatus status,
        int amendmentNumber,
        Instant amendedAt,
        DeregistrationReason deregistrationReason,
        Instant deregisteredAt) {

    /** {@code pointName}: the point's name to print, for registrations made before the name was recorded. */
    static RegistrationRecord of(Contract c, String pointName) {
        return new RegistrationRecord(c.registrationNumber, c.verificationCode, c.title, c.contractType,
                c.seller.toParty(), c.buyer.toParty(), c.intermediary == null ? null : c.intermediary.toParty(),
                c.totalContractAmount, c.nonTechnicalAmount, c.technologyTransactionAmount, c.signedOn, c.registeredAt,
                pointName, c.registrationPointCode, c.ruleSetVersion, c.status, c.amendmentNumber, c.amendedAt,
                c.deregistrationReason, c.deregisteredAt);
    }
}
