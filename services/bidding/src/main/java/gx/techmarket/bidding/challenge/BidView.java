package gx.techmarket.bidding.challenge;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A bid as the API shows it, to those who may see it (see {@link BiddingPolicy#maySeeBid}). */
public record BidView(
        UUID id,
        UUID challengeId,
        Bidder bidder,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        String planSummary,
        int durationMonths,
        BidStatus status,
        String submittedBy,
        Instant submittedAt,
        Instant decidedAt,
        long version) {

    public record Bidder(String uscc, String name, String kind, String region, String parentUscc) {}

    static BidView of(Bid b) {
        return new BidView(b.id, b.challengeId,
                new Bidder(b.bidderUscc, b.bidderName, b.bidderKind, b.bidderRegion, b.bidderParentUscc), b.price,
                b.planSummary, b.durationMonths, b.status, b.submittedBy, b.submittedAt, b.decidedAt, b.version);
    }
}
