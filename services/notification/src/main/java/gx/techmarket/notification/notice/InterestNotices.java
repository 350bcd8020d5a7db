package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.BrokerInvited;
import gx.techmarket.contracts.events.InterestAnswered;
import gx.techmarket.contracts.events.InterestExpressed;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears of 意向洽谈 (the matching service's {@code matching.interests.v1}): the owner of an interest received, the
 * sender of an answer, the invited broker. Each notice names the other organisation ({@code counterparty}) and what
 * the conversation is about ({@code listingKind}: RESULT or DEMAND); the events carry no message, so neither do the
 * notices. Each links to the conversation.
 */
public final class InterestNotices {

    private InterestNotices() {}

    /** 收到合作意向: the listing's owner, told who is interested. */
    public static List<Notice> of(InterestExpressed e) {
        return List.of(notice(NotificationKind.INTEREST_RECEIVED, e.owner(), e.interested(), e.listingKind(),
                e.interestId(), e.expressedAt()));
    }

    /** 意向已回复: the interested organisation, told that the owner answered. */
    public static List<Notice> of(InterestAnswered e) {
        return List.of(notice(NotificationKind.INTEREST_ANSWERED, e.interested(), e.owner(), e.listingKind(),
                e.interestId(), e.answeredAt()));
    }

    /**
     * 受邀参与洽谈: the broker organisation's brokers (role BROKER), told who invited it ({@code counterparty}) and who
     * the other side is ({@code otherParty}).
     */
    public static List<Notice> of(BrokerInvited e) {
        boolean byOwner = e.invitedByUscc().equals(e.owner().uscc());
        Party inviter = byOwner ? e.owner() : e.interested();
        Party other = byOwner ? e.interested() : e.owner();
        Map<String, String> args = new LinkedHashMap<>();
        args.put("counterparty", inviter.name());
        args.put("otherParty", other.name());
        args.put("listingKind", e.listingKind().name());
        return List.of(new Notice(NotificationKind.BROKER_INVITED,
                new Recipient(e.broker().uscc(), Role.BROKER), SubjectType.INTEREST,
                e.interestId(), args, null, e.invitedAt()));
    }

    private static Notice notice(NotificationKind kind, Party recipient, Party counterparty, ListingKind listingKind,
            UUID interestId, Instant at) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("counterparty", counterparty.name());
        args.put("listingKind", listingKind.name());
        return new Notice(kind, Recipient.org(recipient.uscc()), SubjectType.INTEREST, interestId, args, null, at);
    }
}
