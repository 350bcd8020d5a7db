package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class BidRepository implements PanacheRepositoryBase<Bid, UUID> {

    /** Organisation ?n takes part in bid b (as its lead or a consortium member). */
    private static final String TAKES_PART = "exists (select 1 from Bid x join x.participants p where x.id = b.id"
            + " and p.organisation.uscc = ?%d)";

    List<Bid> ofChallenge(UUID challengeId) {
        return list("challengeId = ?1 order by submittedAt, id", challengeId);
    }

    /**
     * A page of the bids of a challenge: all of them, or ({@code participantUscc} given) those that organisation
     * takes part in, as lead or consortium member.
     */
    Page<Bid> ofChallenge(UUID challengeId, String participantUscc, BidOrder order, Paging paging) {
        return ChallengeRepository.page(participantUscc == null
                ? find("challengeId = ?1", order.sort(), challengeId)
                : find("from Bid b where b.challengeId = ?1 and " + TAKES_PART.formatted(2), order.sort(),
                        challengeId, participantUscc), paging);
    }

    boolean exists(UUID challengeId, String bidderUscc) {
        return count("challengeId = ?1 and bidder.uscc = ?2", challengeId, bidderUscc) > 0;
    }

    /** The bids organisation {@code uscc} takes part in (lead or member), of one status or all. */
    Page<Bid> by(String uscc, BidStatus status, BidOrder order, Paging paging) {
        return ChallengeRepository.page(status == null
                ? find("from Bid b where " + TAKES_PART.formatted(1), order.sort(), uscc)
                : find("from Bid b where " + TAKES_PART.formatted(1) + " and b.status = ?2", order.sort(), uscc,
                        status), paging);
    }

    Page<Bid> by(String bidderUscc, BidOrder order, Paging paging) {
        return by(bidderUscc, null, order, paging);
    }

    /**
     * Which of {@code usccs} already take part in a bid on the challenge, withdrawn bids included, and how: the
     * USCC to its role ({@code LEAD} or {@code MEMBER}).
     */
    Map<String, BidParticipant.Role> takingPart(UUID challengeId, List<String> usccs) {
        Map<String, BidParticipant.Role> found = new HashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        List<Object[]> rows = getEntityManager().createQuery("select p.organisation.uscc, p.role from Bid b"
                + " join b.participants p where b.challengeId = ?1 and p.organisation.uscc in ?2", Object[].class)
                .setParameter(1, challengeId).setParameter(2, usccs).getResultList();
        for (Object[] row : rows) {
            found.put((String) row[0], (BidParticipant.Role) row[1]);
        }
        return found;
    }

    /** Which of {@code challengeIds} organisation {@code bidderUscc} takes part in a bid on (lead or member). */
    Set<UUID> bidOnBy(String bidderUscc, List<UUID> challengeIds) {
        return challengeIds.isEmpty() ? Set.of() : challenges(
                "select b.challengeId from Bid b join b.participants p where p.organisation.uscc = ?1"
                        + " and b.challengeId in ?2", bidderUscc, challengeIds);
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
