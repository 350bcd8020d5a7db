package gx.techmarket.bidding.challenge;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.Party;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A challenge as the API shows it; {@code status} is as of the request (closed from the deadline on).
 *
 * @param actions what the caller may do to it now, each accepted by its endpoint: {@code publish} (the operator of
 *                its region, a draft whose deadline lies ahead), {@code bid} (an eligible university or enterprise
 *                whose organisation has not bid yet, while bids are open), {@code award} (the demander, after the
 *                deadline, while a bid is in competition)
 */
public record ChallengeView(
        UUID id,
        ChallengeKind kind,
        UUID demandId,
        String title,
        String regionCode,
        Party demander,
        Instant deadline,
        ChallengeStatus status,
        boolean biddingOpen,
        UUID awardedBidId,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        Instant awardedAt,
        long version,
        List<String> actions) {

    static ChallengeView of(Challenge c, Instant now, List<String> actions) {
        ChallengeStatus status = c.statusAt(now);
        return new ChallengeView(c.id(), c.kind, c.demandId, c.title, c.regionCode, c.demander.toParty(), c.deadline,
                status, status == ChallengeStatus.PUBLISHED, c.awardedBidId, c.createdAt(), c.publishedAt,
                c.closedAt != null ? c.closedAt : (status == ChallengeStatus.CLOSED ? c.deadline : null),
                c.awardedAt, c.version(), List.copyOf(actions));
    }
}
