package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 揭榜挂帅已撤榜: the operator cancelled a challenge with a reason before the award; it takes no more bids and its bids
 * are void.
 *
 * @param challengeId  the challenge (the aggregate: key and subject)
 * @param kind         技术攻关类 or 成果转化类
 * @param title        its title
 * @param regionCode   the sub-market it belonged to (its operator cancelled it)
 * @param counterparty 需求方 (技术攻关类) or 成果持有方 (成果转化类): whose challenge was cancelled
 * @param reason       the operator's reason
 * @param bidders      the leads of the bids it had, withdrawn ones left out (may be empty)
 * @param cancelledAt  when it was cancelled
 */
@EventContract(type = "bidding.ChallengeCancelled.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
public record ChallengeCancelled(
        UUID challengeId,
        ChallengeKind kind,
        String title,
        String regionCode,
        Party counterparty,
        String reason,
        List<Party> bidders,
        Instant cancelledAt) implements DomainEvent {

    public ChallengeCancelled {
        Require.present(challengeId, "challengeId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(counterparty, "counterparty");
        reason = Require.text(reason, Require.REASON_MAX, "reason");
        bidders = Require.distinct(Require.present(bidders, "bidders"), "bidders");
        Require.present(cancelledAt, "cancelledAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
