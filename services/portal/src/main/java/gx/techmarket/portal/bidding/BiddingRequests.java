package gx.techmarket.portal.bidding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Bodies sent to the bidding service. */
final class BiddingRequests {

    private BiddingRequests() {}

    record NewChallenge(UUID demandId, String title, Instant deadline) {}

    record NewBid(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, String planSummary,
            Integer durationMonths) {}

    record Award(UUID bidId) {}
}
