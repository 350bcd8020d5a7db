package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 揭榜挂帅已定榜: the winner of a challenge was chosen. Carries the same kind-dependent fields as {@link
 * ChallengePublished}.
 *
 * @param challengeId    the challenge
 * @param kind           技术攻关类 or 成果转化类
 * @param demandId       the demand it stated (技术攻关类), otherwise {@code null}
 * @param resultId       the result it offered (成果转化类), otherwise {@code null}
 * @param demander       需求方 (技术攻关类), otherwise {@code null}
 * @param holder         成果持有方 (成果转化类), otherwise {@code null}
 * @param winner         揭榜方 whose bid was selected (the lead, for a consortium)
 * @param bidId          the selected bid
 * @param price          the selected bid's price in 元
 * @param durationMonths the selected bid's duration in months, 1 to 120
 * @param awardedAt      when the award was made
 */
@EventContract(type = "bidding.ChallengeAwarded.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeAwarded(
        UUID challengeId,
        ChallengeKind kind,
        UUID demandId,
        UUID resultId,
        Party demander,
        Party holder,
        Party winner,
        UUID bidId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        int durationMonths,
        Instant awardedAt) implements DomainEvent {

    static final int MAX_DURATION_MONTHS = 120;

    public ChallengeAwarded {
        Require.present(challengeId, "challengeId");
        Challenges.requireSubject(Require.present(kind, "kind"), demandId, demander, resultId, holder);
        Require.present(winner, "winner");
        Party counterpart = demander != null ? demander : holder;
        if (winner.uscc().equals(counterpart.uscc())) {
            throw new IllegalArgumentException("the winner " + winner.uscc() + " cannot be the challenge's own "
                    + (demander != null ? "demander" : "holder"));
        }
        Require.present(bidId, "bidId");
        price = Money.of(Require.present(price, "price"));
        if (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS) {
            throw new IllegalArgumentException("durationMonths " + durationMonths + " is not between 1 and 120");
        }
        Require.present(awardedAt, "awardedAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
