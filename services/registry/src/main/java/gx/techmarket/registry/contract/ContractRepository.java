package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Filings waiting for any point, and those the point accepted and has not decided yet. */
    Page<Contract> queueOf(String pointUscc, ContractOrder order, Paging paging) {
        return page(find("status = ?1 or (status = ?2 and registrationPointUscc = ?3)", order.by("submittedAt"),
                ContractStatus.SUBMITTED, ContractStatus.ACCEPTED, pointUscc), paging);
    }

    /** The page asked for and the size of the whole list the query matches (counted without its order). */
    private static Page<Contract> page(PanacheQuery<Contract> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
