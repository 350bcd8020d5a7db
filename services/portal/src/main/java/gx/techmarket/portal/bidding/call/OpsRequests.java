package gx.techmarket.portal.bidding.call;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies sent to the bidding service by the proposal, review, call and revision pages. */
final class OpsRequests {

    private OpsRequests() {}

    /** A proposal from the caller's own published demand ({@code demandId}) or result ({@code resultId}). */
    record Proposal(UUID demandId, UUID resultId, String title, String problem, String goals,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax, Integer durationMonths,
            Instant deadline) {}

    /** A draft proposal rewritten. */
    record Content(String title, String problem, String goals,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax, Integer durationMonths,
            Instant deadline) {}

    /** The operator's edit of a published challenge: the whole content and the reason. */
    record Revision(String title, String problem, String goals,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax, Integer durationMonths,
            Instant deadline, String reason) {}

    record Reason(String reason) {}

    /** A new call; {@code supportShare} a fraction (20 % is 0.2). */
    record NewCall(String title, String regionCode, List<String> kinds, Instant opensAt, Instant closesAt,
            Integer minimumQualifiedBids, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
            Integer complaintPeriodDays) {}

    record Join(UUID challengeId) {}

    /** The operator's draft from a demand or a result, owned by the sub-market {@code regionCode}. */
    record NewChallenge(UUID demandId, UUID resultId, String regionCode, String title, Instant deadline) {}
}
