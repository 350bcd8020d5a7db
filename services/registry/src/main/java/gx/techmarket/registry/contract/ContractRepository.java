package gx.techmarket.registry.contract;

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

    List<Contract> ofParty(String uscc) {
        return list("seller.uscc = ?1 or buyer.uscc = ?1 or intermediary.uscc = ?1 order by updatedAt desc", uscc);
    }

    /** Filings waiting for any point, and those the point accepted and has not decided yet. */
    List<Contract> queueOf(String pointUscc) {
        return list("status = ?1 or (status = ?2 and registrationPointUscc = ?3) order by submittedAt",
                ContractStatus.SUBMITTED, ContractStatus.ACCEPTED, pointUscc);
    }
}
