package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 质疑处理决定: the operator of the challenge's sub-market decided on a complaint, with reasons: accepted for review,
 * rejected as inadmissible, satisfied or dismissed.
 *
 * @param challengeId the challenge (the aggregate: key and subject)
 * @param complaintId the complaint
 * @param kind        技术攻关类 or 成果转化类
 * @param title       the challenge's title
 * @param regionCode  the challenge's sub-market
 * @param subject     what the complaint is about
 * @param decision    the decision
 * @param reason      the operator's reasons
 * @param complainant the bidder that filed it
 * @param decidedAt   when it was decided
 */
@EventContract(type = "bidding.ComplaintDecided.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
public record ComplaintDecided(
        UUID challengeId,
        UUID complaintId,
        ChallengeKind kind,
        String title,
        String regionCode,
        ComplaintSubject subject,
        ComplaintDecision decision,
        String reason,
        Party complainant,
        Instant decidedAt) implements DomainEvent {

    public ComplaintDecided {
        Require.present(challengeId, "challengeId");
        Require.present(complaintId, "complaintId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(subject, "subject");
        Require.present(decision, "decision");
        reason = Require.text(reason, Require.TEXT_MAX, "reason");
        Require.present(complainant, "complainant");
        Require.present(decidedAt, "decidedAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
