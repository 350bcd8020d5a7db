package gx.techmarket.portal.bidding;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
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
        Instant awardedAt) {

    @TemplateData
    public record Party(String uscc, String name, String kind, String region, String parentUscc) {}

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** The deadline has passed and no bid is chosen yet: the demander may award. */
    public boolean awardable() {
        return "CLOSED".equals(status);
    }
}
