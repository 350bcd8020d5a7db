package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 质疑已提交: a bidder complained about the qualification decision on its bid or about the ranking, within the
 * complaint period. While it is open the award is suspended.
 *
 * @param challengeId  the challenge (the aggregate: key and subject)
 * @param complaintId  the complaint
 * @param kind         技术攻关类 or 成果转化类
 * @param title        the challenge's title
 * @param regionCode   the challenge's sub-market (its operator decides)
 * @param subject      what the complaint is about
 * @param complainant  the bidder that filed it (the lead of its bid)
 * @param counterparty 需求方 (技术攻关类) or 成果持有方 (成果转化类): who cannot award while it is open
 * @param filedAt      when it was filed
 */
@EventContract(type = "bidding.ComplaintFiled.v1", topic = "bidding.challenges.v1", aggregateType = "Challenge")
public record ComplaintFiled(
        UUID challengeId,
        UUID complaintId,
        ChallengeKind kind,
        String title,
        String regionCode,
        ComplaintSubject subject,
        Party complainant,
        Party counterparty,
        Instant filedAt) implements DomainEvent {

    public ComplaintFiled {
        Require.present(challengeId, "challengeId");
        Require.present(complaintId, "complaintId");
        Require.present(kind, "kind");
        title = Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(subject, "subject");
        Require.present(complainant, "complainant");
        Require.present(counterparty, "counterparty");
        Require.present(filedAt, "filedAt");
    }

    @Override
    public String aggregateId() {
        return challengeId.toString();
    }
}
