package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid of the caller's organisation (as lead or consortium member) as the bidding service answers it, with what the
 * caller may do to it: {@code withdraw}, {@code reconfirm}, {@code upload}.
 */
@TemplateData
public record MyBidView(
        UUID id,
        UUID challengeId,
        Party bidder,
        List<Party> members,
        BigDecimal price,
        String planSummary,
        int durationMonths,
        List<TeamMember> team,
        String status,
        Long challengeVersion,
        Instant submittedAt,
        Instant reconfirmedAt,
        Instant withdrawnAt,
        List<String> actions) implements Actionable {

    public MyBidView {
        members = members == null ? List.of() : members;
        team = team == null ? List.of() : team;
        actions = actions == null ? List.of() : actions;
    }

    /** A person of the bid's team. */
    @TemplateData
    public record TeamMember(String name, String title, String role) {}
}
