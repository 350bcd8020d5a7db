package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 揭榜挂帅 challenge as the bidding service answers it. */
@TemplateData
public record ChallengeView(
        UUID id,
        String kind,
        UUID demandId,
        String title,
        String regionCode,
        Party demander,
        Instant deadline,
        String status,
        boolean biddingOpen,
        UUID awardedBidId,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        Instant awardedAt,
        List<String> actions) implements Actionable {}
