package gx.techmarket.bidding.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class BidRepository implements PanacheRepositoryBase<Bid, UUID> {

    List<Bid> ofChallenge(UUID challengeId) {
        return list("challengeId = ?1 order by submittedAt, id", challengeId);
    }

    List<Bid> ofChallengeBy(UUID challengeId, String bidderUscc) {
        return list("challengeId = ?1 and bidderUscc = ?2 order by submittedAt, id", challengeId, bidderUscc);
    }

    boolean exists(UUID challengeId, String bidderUscc) {
        return count("challengeId = ?1 and bidderUscc = ?2", challengeId, bidderUscc) > 0;
    }

    List<Bid> by(String bidderUscc) {
        return list("bidderUscc = ?1 order by createdAt desc, id", bidderUscc);
    }
}
