package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.EventJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where a contract's registration stands as subsidy has heard of it: the last version assessed (0 the registration,
 * n its n-th amendment) and whether it was cancelled (注销登记). Its row is the lock under which a contract's changes
 * are applied, one at a time; {@link RegistrationChanges.Known} decides what an event does to it.
 */
@Entity
@Table(name = "contract_registration")
class ContractRegistration {

    @Id
    @Column(name = "contract_id")
    UUID contractId;

    @Column(name = "amendment_number", nullable = false)
    int amendmentNumber;

    @Column(name = "deregistered_at")
    Instant deregisteredAt;

    @Column(name = "deregistration_reason", length = 20)
    @Enumerated(EnumType.STRING)
    DeregistrationReason deregistrationReason;

    @Column(name = "changed_by_event_id", nullable = false)
    UUID changedByEventId;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    /** The registration's facts as last heard ({@code ContractRegistered} as JSON, amended facts after 变更登记). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    String registered;

    @Column(name = "registration_number", length = 16)
    String registrationNumber;

    @Column(name = "registered_at")
    Instant registeredAt;

    protected ContractRegistration() {
        // for Hibernate
    }

    /** A registration heard of for the first time (by its registration, or by a change of one subsidy never saw). */
    static ContractRegistration first(UUID contractId, UUID eventId, Instant now) {
        ContractRegistration r = new ContractRegistration();
        r.contractId = contractId;
        r.amendmentNumber = 0;
        r.changedByEventId = eventId;
        r.changedAt = now;
        return r;
    }

    /** Keeps the facts of the registration's version just assessed. */
    void heard(ContractRegistered contract) {
        registered = EventJson.toJson(contract);
        registrationNumber = contract.registrationNumber();
        registeredAt = contract.registeredAt();
    }

    /** The facts last heard, if any were kept (registrations assessed before issue 16 kept none). */
    Optional<ContractRegistered> facts() {
        return registered == null ? Optional.empty()
                : Optional.of(EventJson.fromJson(registered, ContractRegistered.class));
    }

    boolean deregistered() {
        return deregisteredAt != null;
    }

    RegistrationChanges.Known known() {
        return new RegistrationChanges.Known(amendmentNumber, deregisteredAt != null);
    }

    void amended(int n, UUID eventId, Instant now) {
        amendmentNumber = n;
        changedByEventId = eventId;
        changedAt = now;
    }

    void deregistered(DeregistrationReason reason, Instant at, UUID eventId, Instant now) {
        deregistrationReason = reason;
        deregisteredAt = at;
        changedByEventId = eventId;
        changedAt = now;
    }
}
