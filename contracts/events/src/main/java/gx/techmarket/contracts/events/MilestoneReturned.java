package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 揭榜项目里程碑退回: the operator of the challenge's sub-market sent a reported milestone back with a reason; the
 * winner reports it again, nothing is released.
 *
 * @param challengeId    the challenge (the aggregate: key and subject)
 * @param agreementId    the signed agreement
 * @param kind           技术攻关类 or 成果转化类
 * @param title          the challenge's title
 * @param regionCode     the challenge's sub-market
 * @param number         the milestone sent back, 1..milestones
 * @param milestones     how many milestones the agreement has
 * @param milestoneTitle what the milestone is
 * @param reason         the operator's reason
 * @param winner         the winner (揭榜方, the lead of a consortium), who reports again
 * @param returnedAt     when it was sent back
 */
@EventContract(type = "bidding.MilestoneReturned.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
public record MilestoneReturned(
        UUID challengeId,
        UUID agreementId,
        ChallengeKind kind,
        String title,
        String regionCode,
        int number,
        int milestones,
        String milestoneTitle,
        String reason,
        Party winner,
        Instant returnedAt) implements DomainEvent {

    public MilestoneReturned {
        Require.present(challengeId, "challengeId");
        Require.present(agreementId, "agreementId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        if (milestones < 1 || milestones > AgreementSigned.MAX_MILESTONES) {
            throw new IllegalArgumentException("milestones " + milestones + " is not between 1 and "
                    + AgreementSigned.MAX_MILESTONES);
        }
        if (number < 1 || number > milestones) {
            throw new IllegalArgumentException("milestone " + number + " is not between 1 and " + milestones);
        }
        milestoneTitle = Require.text(milestoneTitle, Require.NAME_MAX, "milestoneTitle");
        reason = Require.text(reason, Require.REASON_MAX, "reason");
        Require.present(winner, "winner");
        Require.present(returnedAt, "returnedAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
