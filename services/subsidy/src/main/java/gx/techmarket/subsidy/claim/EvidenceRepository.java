package gx.techmarket.subsidy.claim;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EvidenceRepository implements PanacheRepositoryBase<ClaimEvidence, UUID> {

    List<ClaimEvidence> of(UUID claimId) {
        return list("claimId = ?1", Sort.ascending("uploadedAt").and("id"), claimId);
    }

    long count(UUID claimId) {
        return count("claimId = ?1", claimId);
    }

    Optional<ClaimEvidence> of(UUID claimId, UUID id) {
        return find("claimId = ?1 and id = ?2", claimId, id).firstResultOptional();
    }
}
