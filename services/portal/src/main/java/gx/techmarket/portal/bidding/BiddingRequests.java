package gx.techmarket.portal.bidding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies sent to the bidding service. */
final class BiddingRequests {

    private BiddingRequests() {}

    record NewChallenge(UUID demandId, String title, Instant deadline) {}

    /** A bid with its team and, for a consortium, its members besides the caller's organisation (by USCC). */
    record NewBid(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, String planSummary,
            Integer durationMonths, List<TeamMember> team, List<String> members) {}

    /** A person of a bid's team: name, professional title (职称), role in the project. */
    public record TeamMember(String name, String title, String role) {}
}
