package gx.techmarket.bidding.challenge;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid as the API shows it, to those who may see it (see {@link BiddingPolicy#maySeeBid}).
 *
 * @param actions what the caller may do to it now: {@code award} (select it: the challenge's demander, after the
 *                deadline, while the bid is in competition)
 */
public record BidView(
        UUID id,
        UUID challengeId,
        Party bidder,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        String planSummary,
        int durationMonths,
        BidStatus status,
        String submittedBy,
        Instant submittedAt,
        Instant decidedAt,
        long version,
        List<String> actions) {

    static BidView of(Bid b, List<String> actions) {
        return new BidView(b.id(), b.challengeId, b.bidder.toParty(), b.price, b.planSummary, b.durationMonths,
                b.status, b.submittedBy, b.submittedAt, b.decidedAt, b.version(), List.copyOf(actions));
    }
}
