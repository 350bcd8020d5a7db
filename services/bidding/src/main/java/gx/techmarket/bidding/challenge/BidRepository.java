package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class BidRepository implements PanacheRepositoryBase<Bid, UUID> {

    List<Bid> ofChallenge(UUID challengeId) {
        return list("challengeId = ?1 order by submittedAt, id", challengeId);
    }

    /** A page of the bids of a challenge: all of them, or ({@code bidderUscc} given) that organisation's only. */
    Page<Bid> ofChallenge(UUID challengeId, String bidderUscc, BidOrder order, Paging paging) {
        return ChallengeRepository.page(bidderUscc == null
                ? find("challengeId = ?1", order.sort(), challengeId)
                : find("challengeId = ?1 and bidder.uscc = ?2", order.sort(), challengeId, bidderUscc), paging);
    }

    boolean exists(UUID challengeId, String bidderUscc) {
        return count("challengeId = ?1 and bidder.uscc = ?2", challengeId, bidderUscc) > 0;
    }

    Page<Bid> by(String bidderUscc, BidOrder order, Paging paging) {
        return ChallengeRepository.page(find("bidder.uscc = ?1", order.sort(), bidderUscc), paging);
    }

    /** Which of {@code challengeIds} organisation {@code bidderUscc} has bid on. */
    Set<UUID> bidOnBy(String bidderUscc, List<UUID> challengeIds) {
        return challengeIds.isEmpty() ? Set.of() : challenges(
                "select b.challengeId from Bid b where b.bidder.uscc = ?1 and b.challengeId in ?2", bidderUscc,
                challengeIds);
    }

    /** Which of {@code challengeIds} have a bid still in competition for the award. */
    Set<UUID> contested(List<UUID> challengeIds) {
        List<BidStatus> competing = Arrays.stream(BidStatus.values()).filter(BidStatus::isInCompetition).toList();
        return challengeIds.isEmpty() ? Set.of() : challenges(
                "select distinct b.challengeId from Bid b where b.challengeId in ?1 and b.status in ?2", challengeIds,
                competing);
    }

    private Set<UUID> challenges(String query, Object first, Object second) {
        return new HashSet<>(getEntityManager().createQuery(query, UUID.class)
                .setParameter(1, first).setParameter(2, second).getResultList());
    }
}
