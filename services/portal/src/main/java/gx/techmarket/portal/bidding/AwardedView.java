package gx.techmarket.portal.bidding;

import java.util.UUID;

/**
 * What the portal reads of the bidding service's answer to 定榜 (the evaluation's ranking after the award, issue 17):
 * the challenge, its status and the winning bid.
 */
public record AwardedView(UUID challengeId, String status, UUID awardedBidId) {}
