package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 揭榜挂帅流标: a challenge ended without a winner, because nobody bid by the deadline or fewer bids passed 资格审查
 * than the call's minimum.
 *
 * @param challengeId the challenge
 * @param kind        技术攻关类 or 成果转化类
 * @param title       its title
 * @param regionCode  the sub-market it was published in
 * @param counterparty 需求方 (技术攻关类) or 成果持有方 (成果转化类): the organisation whose challenge failed
 * @param reason      why it failed
 * @param failedAt    when it was recorded as failed
 * @param bidders     the leads of the bids still in competition when it failed (disqualified ones included,
 *                    withdrawn ones left out); absent when there were none, and in events from before it was added
 */
@EventContract(type = "bidding.ChallengeFailed.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeFailed(
        UUID challengeId,
        ChallengeKind kind,
        String title,
        String regionCode,
        Party counterparty,
        ChallengeFailureReason reason,
        Instant failedAt,
        List<Party> bidders) implements DomainEvent {

    public ChallengeFailed {
        Require.present(challengeId, "challengeId");
        Require.present(kind, "kind");
        title = Require.text(title, 200, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(counterparty, "counterparty");
        Require.present(reason, "reason");
        Require.present(failedAt, "failedAt");
        bidders = bidders == null || bidders.isEmpty() ? null : Require.distinct(bidders, "bidders");
    }

    /** Without the bidders (none to tell, or a producer that does not name them). */
    public ChallengeFailed(UUID challengeId, ChallengeKind kind, String title, String regionCode, Party counterparty,
            ChallengeFailureReason reason, Instant failedAt) {
        this(challengeId, kind, title, regionCode, counterparty, reason, failedAt, null);
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
