package gx.techmarket.bidding.challenge;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid as the API shows it, to those who may see it (sealed: see {@link BidService}).
 *
 * @param bidder           the lead organisation (牵头单位; the only one for a bid of one organisation)
 * @param members          the consortium's members besides the lead (联合体成员), empty for a bid of one organisation
 * @param challengeVersion the version of the challenge the bid was made or last reconfirmed on
 * @param actions          what the caller may do to it now, each accepted by its endpoint: {@code withdraw} (the
 *                         lead's users, before the deadline, while it competes or waits to be reconfirmed),
 *                         {@code reconfirm} (the lead's users, an invalidated bid, before the deadline), {@code award}
 *                         (select it: the challenge's demander, after the deadline, while the bid is in competition)
 */
public record BidView(
        UUID id,
        UUID challengeId,
        Party bidder,
        List<Party> members,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        String planSummary,
        int durationMonths,
        List<BidRequest.Person> team,
        BidStatus status,
        Long challengeVersion,
        String submittedBy,
        Instant submittedAt,
        Instant reconfirmedAt,
        Instant withdrawnAt,
        Instant decidedAt,
        long version,
        List<String> actions) {

    static BidView of(Bid b, List<String> actions) {
        return new BidView(b.id(), b.challengeId, b.bidder.toParty(), b.members(), b.price, b.planSummary,
                b.durationMonths, b.team(), b.status, b.challengeVersion, b.submittedBy, b.submittedAt,
                b.reconfirmedAt, b.withdrawnAt, b.decidedAt, b.version(), List.copyOf(actions));
    }
}
