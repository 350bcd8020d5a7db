package gx.techmarket.bidding.challenge;

import gx.techmarket.contracts.events.ChallengeKind;
import java.time.Instant;
import java.util.UUID;

/** A challenge as the API shows it; {@code status} is as of the request (closed from the deadline on). */
public record ChallengeView(
        UUID id,
        ChallengeKind kind,
        UUID demandId,
        String title,
        String regionCode,
        Demander demander,
        Instant deadline,
        ChallengeStatus status,
        boolean biddingOpen,
        UUID awardedBidId,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        Instant awardedAt,
        long version) {

    public record Demander(String uscc, String name, String kind, String region, String parentUscc) {}

    static ChallengeView of(Challenge c, Instant now) {
        ChallengeStatus status = c.statusAt(now);
        return new ChallengeView(c.id, c.kind, c.demandId, c.title, c.regionCode,
                new Demander(c.demanderUscc, c.demanderName, c.demanderKind, c.demanderRegion,
                        c.demanderParentUscc),
                c.deadline, status, status == ChallengeStatus.PUBLISHED, c.awardedBidId, c.createdAt, c.publishedAt,
                c.closedAt != null ? c.closedAt : (status == ChallengeStatus.CLOSED ? c.deadline : null),
                c.awardedAt, c.version);
    }
}
