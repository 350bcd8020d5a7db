package gx.techmarket.bidding.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class BidDocumentRepository implements PanacheRepositoryBase<BidDocument, UUID> {

    /** The bid's documents not removed, oldest first. */
    List<BidDocument> current(UUID bidId) {
        return list("bidId = ?1 and deletedAt is null order by uploadedAt, id", bidId);
    }

    Optional<BidDocument> current(UUID bidId, UUID id) {
        return find("id = ?1 and bidId = ?2 and deletedAt is null", id, bidId).firstResultOptional();
    }

    long countCurrent(UUID bidId) {
        return count("bidId = ?1 and deletedAt is null", bidId);
    }

    boolean referenced(String sha256) {
        return count("sha256 = ?1 and deletedAt is null", sha256) > 0;
    }

    /**
     * Holds, until the transaction ends, the right to add or drop references to the content {@code sha256}, so that
     * a content is never dropped under a new reference (ADR 0022).
     */
    void lockContent(String sha256) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 17))")
                .setParameter("key", sha256).getSingleResult();
    }
}
