package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 揭榜挂帅榜单已发布: an operator published a challenge; bids are open until the deadline.
 *
 * <p>A {@link ChallengeKind#TECHNOLOGY_BREAKTHROUGH} challenge carries {@code demandId} and {@code demander} (and
 * no result); a {@link ChallengeKind#RESULT_TRANSFORMATION} challenge carries {@code resultId} and {@code holder}
 * (and no demand).
 *
 * @param challengeId the challenge
 * @param kind        技术攻关类 or 成果转化类
 * @param demandId    the demand it states (技术攻关类), otherwise {@code null}
 * @param resultId    the result it offers (成果转化类), otherwise {@code null}
 * @param title       榜单名称
 * @param demander    需求方 (技术攻关类), otherwise {@code null}
 * @param holder      成果持有方 (成果转化类), otherwise {@code null}
 * @param regionCode  the sub-market it is published in
 * @param deadline    截止时间: when bids close
 * @param publishedAt when it was published
 */
@EventContract(type = "bidding.ChallengePublished.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengePublished(
        UUID challengeId,
        ChallengeKind kind,
        UUID demandId,
        UUID resultId,
        String title,
        Party demander,
        Party holder,
        String regionCode,
        Instant deadline,
        Instant publishedAt) implements DomainEvent {

    public ChallengePublished {
        Require.present(challengeId, "challengeId");
        Challenges.requireSubject(Require.present(kind, "kind"), demandId, demander, resultId, holder);
        Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(deadline, "deadline");
        Require.present(publishedAt, "publishedAt");
        if (!deadline.isAfter(publishedAt)) {
            throw new IllegalArgumentException("deadline " + deadline + " is not after publishedAt " + publishedAt);
        }
    }

    /** A 技术攻关类 challenge stating an enterprise's demand. */
    public static ChallengePublished technologyBreakthrough(UUID challengeId, UUID demandId, String title,
            Party demander, String regionCode, Instant deadline, Instant publishedAt) {
        return new ChallengePublished(challengeId, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, demandId, null, title,
                demander, null, regionCode, deadline, publishedAt);
    }

    /** A 成果转化类 challenge offering a result. */
    public static ChallengePublished resultTransformation(UUID challengeId, UUID resultId, String title,
            Party holder, String regionCode, Instant deadline, Instant publishedAt) {
        return new ChallengePublished(challengeId, ChallengeKind.RESULT_TRANSFORMATION, null, resultId, title,
                null, holder, regionCode, deadline, publishedAt);
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
