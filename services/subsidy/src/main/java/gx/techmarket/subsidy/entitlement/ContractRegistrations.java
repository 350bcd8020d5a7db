package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registrations subsidy heard of: the lock under which a contract's changes apply, and the facts of each
 * registration as last heard, for whoever needs a registered contract later (a programme opened after it, a
 * voucher's redemption, a claim's evidence).
 */
@ApplicationScoped
public class ContractRegistrations implements PanacheRepositoryBase<ContractRegistration, UUID> {

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

    /**
     * The contract's registration as last heard (the amended facts after 变更登记), empty when unknown, cancelled
     * (注销登记) or heard before its facts were kept.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractRegistered> registered(UUID contractId) {
        ContractRegistration r = findById(contractId);
        return r == null || r.deregistered() ? Optional.empty() : r.facts();
    }

    /** The registration with that 合同登记编号, as {@link #registered} says. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractRegistered> byNumber(String registrationNumber) {
        return find("registrationNumber", registrationNumber).<ContractRegistration>firstResultOptional()
                .filter(r -> !r.deregistered()).flatMap(ContractRegistration::facts);
    }

    /** The registrations heard of registered in {@code [from, to)} (not cancelled), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractRegistered> registeredBetween(Instant from, Instant to) {
        return this.<ContractRegistration>list("registeredAt >= ?1 and registeredAt < ?2 and deregisteredAt is null "
                + "order by registeredAt, contractId", from, to).stream()
                .flatMap(r -> r.facts().stream()).toList();
    }
}
