package gx.techmarket.bidding.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ChallengeVersionRepository implements PanacheRepositoryBase<ChallengeVersion, ChallengeVersion.Key> {

    /** Every version of a challenge, oldest first. */
    List<ChallengeVersion> of(UUID challengeId) {
        return list("key.challengeId = ?1 order by key.number", challengeId);
    }
}
