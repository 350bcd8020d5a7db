package gx.techmarket.bidding.call;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ChallengeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A call as the API shows it.
 *
 * @param supportShare the province's support share of the total R&D investment (a fraction, {@code 0.200000} = 20 %)
 * @param challenges   how many challenges it holds (to the public: published ones)
 * @param actions      what the caller may do now: {@code add-challenge} (the operator of its sub-market, a draft call),
 *                     {@code publish} (the same, from its opening time, before it closes, with a challenge)
 */
public record CallView(
        UUID id,
        String title,
        String regionCode,
        Set<ChallengeKind> kinds,
        Instant opensAt,
        Instant closesAt,
        int minimumQualifiedBids,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal supportShare,
        int complaintPeriodDays,
        CallStatus status,
        long challenges,
        Instant createdAt,
        Instant publishedAt,
        List<String> actions) {

    static CallView of(Call c, long challenges, List<String> actions) {
        return new CallView(c.id(), c.title, c.regionCode, c.kindSet(), c.opensAt, c.closesAt, c.minimumQualifiedBids,
                c.supportShare, c.complaintPeriodDays, c.status, challenges, c.createdAt(), c.publishedAt,
                List.copyOf(actions));
    }
}
