package gx.techmarket.subsidy.entitlement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class ContractRegistrations implements PanacheRepositoryBase<ContractRegistration, UUID> {

    /**
     * The contract's registration, locked until the caller's transaction ends (a contract's events arrive in order on
     * one partition, but a replay may race them); recorded as a registration first heard of now when unknown.
     */
    ContractRegistration lock(UUID contractId, UUID eventId, Instant now) {
        ContractRegistration r = findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            r = ContractRegistration.first(contractId, eventId, now);
            persistAndFlush(r);
        }
        return r;
    }
}
