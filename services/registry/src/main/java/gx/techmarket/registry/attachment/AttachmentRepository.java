package gx.techmarket.registry.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AttachmentRepository implements PanacheRepositoryBase<ContractAttachment, UUID> {

    /** The attachments of a contract not removed, oldest first. */
    List<ContractAttachment> current(UUID contractId) {
        return list("contractId = ?1 and deletedAt is null order by uploadedAt, id", contractId);
    }

    long countCurrent(UUID contractId) {
        return count("contractId = ?1 and deletedAt is null", contractId);
    }

    Optional<ContractAttachment> current(UUID contractId, UUID id) {
        return find("id = ?1 and contractId = ?2 and deletedAt is null", id, contractId).firstResultOptional();
    }

    /** Whether an attachment not removed (of any contract) refers to the content {@code sha256}. */
    boolean referenced(String sha256) {
        return count("sha256 = ?1 and deletedAt is null", sha256) > 0;
    }

    /**
     * Holds, until the transaction ends, the right to add or drop references to the content {@code sha256}: an upload
     * of some bytes and the removal of the last attachment with the same bytes then happen one after the other, so
     * the content is never dropped under a new reference.
     */
    void lockContent(String sha256) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 22))")
                .setParameter("key", sha256).getSingleResult();
    }

    /**
     * Locks the contract's row until the transaction ends: a submission and a change of its documents queue on it,
     * so a filing is judged complete on the documents it really has.
     */
    void lockContract(UUID contractId) {
        getEntityManager().createNativeQuery("select id from contract where id = :id for update")
                .setParameter("id", contractId).getResultList();
    }
}
