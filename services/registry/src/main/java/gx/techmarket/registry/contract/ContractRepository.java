package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ContractRepository implements PanacheRepositoryBase<Contract, UUID> {

    /**
     * The contract, its row locked until the transaction ends (registrations of one contract queue here). The row is
     * locked by a plain {@code select ... for update} before it is loaded, so the load reads what the previous holder
     * of the lock committed (Hibernate's own follow-on locking trips over the eager item collection).
     */
    Contract lockedById(UUID id) {
        List<?> locked = getEntityManager().createNativeQuery("select id from contract where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return locked.isEmpty() ? null : findById(id);
    }

    boolean existsForChallenge(UUID challengeId) {
        return count("challengeId", challengeId) > 0;
    }

    /** The contracts organisation {@code uscc} is party to, in one status or ({@code status} null) all. */
    Page<Contract> ofParty(String uscc, ContractStatus status, ContractOrder order, Paging paging) {
        String party = "(seller.uscc = ?1 or buyer.uscc = ?1 or intermediary.uscc = ?1)";
        return page(status == null ? find(party, order.by("updatedAt"), uscc)
                : find(party + " and status = ?2", order.by("updatedAt"), uscc, status), paging);
    }

    /**
     * The filings open at a point: those it handles (accepted, resubmitted, under review, returned to the filer) and
     * those waiting to be accepted whose seller's region starts with {@code regionPrefix} (the point's sub-market).
     */
    List<Contract> openAt(String pointUscc, String regionPrefix) {
        return list("(status in ?1 and registrationPointUscc = ?2) or (status = ?3 and seller.region like ?4)",
                List.of(ContractStatus.ACCEPTED, ContractStatus.RESUBMITTED, ContractStatus.UNDER_REVIEW,
                        ContractStatus.NEEDS_CORRECTION), pointUscc, ContractStatus.SUBMITTED, regionPrefix + "%");
    }

    /** The contracts whose registration clock runs (accepted, resubmitted or under review). */
    List<Contract> withRunningClock() {
        return list("status in ?1 and clockStartedOn is not null", List.of(ContractStatus.ACCEPTED,
                ContractStatus.RESUBMITTED, ContractStatus.UNDER_REVIEW));
    }

    /**
     * Records that the {@code kind} notice of the contract's running clock is sent; false when it was before (the
     * row's key makes each notice once per contract, clock start and kind, also when two scans overlap).
     */
    boolean noticeSent(Contract contract, String kind, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into deadline_notice (contract_id, clock_started_on, kind, sent_at) values (:c, :s, :k, :t)
                on conflict do nothing""")
                .setParameter("c", contract.id()).setParameter("s", contract.clockStartedOn)
                .setParameter("k", kind).setParameter("t", now).executeUpdate() == 1;
    }

    /** The page asked for and the size of the whole list the query matches (counted without its order). */
    private static Page<Contract> page(PanacheQuery<Contract> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
