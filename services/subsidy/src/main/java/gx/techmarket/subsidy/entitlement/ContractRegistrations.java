package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.subsidy.programme.BudgetYear;
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

    /**
     * The contracts registered in budget year {@code year} (China time) whose facts were kept and whose registration
     * was not cancelled, oldest first: what a programme opened for that year assesses.
     */
    List<UUID> ofYear(int year) {
        return getEntityManager().createQuery("select r.contractId from ContractRegistration r where r.registeredAt >= "
                        + ":from and r.registeredAt < :to and r.deregisteredAt is null and r.registered is not null "
                        + "order by r.registeredAt, r.contractId", UUID.class)
                .setParameter("from", BudgetYear.start(year)).setParameter("to", BudgetYear.start(year + 1))
                .getResultList();
    }

    /**
     * Of those, the ones no programme has assessed in their current version (no entitlement, no refusal): awaiting a
     * programme. How many, and the oldest {@code limit}.
     */
    long awaitingCount(int year) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) " + AWAITING)
                .setParameter("from", BudgetYear.start(year)).setParameter("to", BudgetYear.start(year + 1))
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> awaiting(int year, int limit) {
        return getEntityManager().createNativeQuery("select r.contract_id, r.registration_number, r.registered_at "
                        + AWAITING + " order by r.registered_at, r.contract_id limit :limit")
                .setParameter("from", BudgetYear.start(year)).setParameter("to", BudgetYear.start(year + 1))
                .setParameter("limit", limit).getResultList();
    }

    private static final String AWAITING = "from contract_registration r where r.registered_at >= :from "
            + "and r.registered_at < :to and r.deregistered_at is null and r.registered is not null "
            + "and not exists (select 1 from entitlement e where e.contract_id = r.contract_id "
            + "and e.amendment_number = r.amendment_number) "
            + "and not exists (select 1 from ineligibility i where i.contract_id = r.contract_id "
            + "and i.amendment_number = r.amendment_number)";

    /** The registrations heard of registered in {@code [from, to)} (not cancelled), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractRegistered> registeredBetween(Instant from, Instant to) {
        return this.<ContractRegistration>list("registeredAt >= ?1 and registeredAt < ?2 and deregisteredAt is null "
                + "order by registeredAt, contractId", from, to).stream()
                .flatMap(r -> r.facts().stream()).toList();
    }

    /**
     * How many registrations of budget year {@code year} (registered in that year, China time) found no contract
     * programme in force when assessed and are not cancelled: the year's registrations awaiting a programme.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long awaitingProgramme(int year) {
        return count("awaitingProgramme = true and deregisteredAt is null and registeredAt >= ?1 and registeredAt < ?2",
                yearStart(year), yearStart(year + 1));
    }

    private static Instant yearStart(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(gx.techmarket.platform.domain.MarketClock.CHINA)
                .toInstant();
    }
}
