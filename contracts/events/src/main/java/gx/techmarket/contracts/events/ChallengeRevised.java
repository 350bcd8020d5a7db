package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 揭榜挂帅榜单已修改: the operator edited a published challenge while bids were open. It is a new version; every bid
 * still in competition was invalidated and its bidder must reconfirm it on this version before the deadline (which
 * moved to 7 days after the edit when less was left).
 *
 * @param challengeId        the challenge (the aggregate: key and subject)
 * @param kind               技术攻关类 or 成果转化类
 * @param title              its title as it now stands
 * @param regionCode         the sub-market it is published in (its operator edited it)
 * @param revision           the new version's number, from 2
 * @param deadline           the deadline of the new version
 * @param deadlineMoved      whether the deadline was moved to 7 days after the edit
 * @param reason             the operator's reason for the edit
 * @param invalidatedBidders the leads of the bids invalidated by the edit, who must reconfirm (may be empty)
 * @param revisedAt          when the edit was made
 */
@EventContract(type = "bidding.ChallengeRevised.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
public record ChallengeRevised(
        UUID challengeId,
        ChallengeKind kind,
        String title,
        String regionCode,
        int revision,
        Instant deadline,
        boolean deadlineMoved,
        String reason,
        List<Party> invalidatedBidders,
        Instant revisedAt) implements DomainEvent {

    public ChallengeRevised {
        Require.present(challengeId, "challengeId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        if (revision < 2) {
            throw new IllegalArgumentException("revision " + revision + " is below 2: version 1 is the published one");
        }
        Require.present(deadline, "deadline");
        reason = Require.text(reason, Require.REASON_MAX, "reason");
        invalidatedBidders = Require.distinct(Require.present(invalidatedBidders, "invalidatedBidders"),
                "invalidatedBidders");
        Require.present(revisedAt, "revisedAt");
        if (!deadline.isAfter(revisedAt)) {
            throw new IllegalArgumentException("deadline " + deadline + " is not after the edit " + revisedAt);
        }
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
