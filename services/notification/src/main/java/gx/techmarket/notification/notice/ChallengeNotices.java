package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengeRevised;
import gx.techmarket.contracts.events.ComplaintDecided;
import gx.techmarket.contracts.events.ComplaintFiled;
import gx.techmarket.contracts.events.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears of what happens to a 揭榜挂帅 challenge after its publication: an edit invalidating bids, a cancellation,
 * 流标, complaints. Plain rules, no I/O. The operator of the challenge's sub-market, who made or decides each of them,
 * is not told: its queues show them.
 */
public final class ChallengeNotices {

    private ChallengeNotices() {}

    /**
     * 榜单已修改, bids invalidated: the lead of each invalidated bid must reconfirm it on the new version before the
     * (possibly moved) deadline, which the notice carries (so it is mailed). {@code revision}, {@code deadline},
     * {@code deadlineMoved} and the operator's {@code reason} are in the args.
     */
    public static List<Notice> of(ChallengeRevised e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("revision", Integer.toString(e.revision()));
        args.put("deadline", e.deadline().toString());
        args.put("deadlineMoved", Boolean.toString(e.deadlineMoved()));
        args.put("reason", e.reason());
        return each(concerned(e.invalidatedBidders()), r -> new Notice(NotificationKind.BID_TO_RECONFIRM, r,
                SubjectType.CHALLENGE, e.challengeId(), args, e.deadline(), e.revisedAt()));
    }

    /** 已撤榜: every bidder left (withdrawn ones are not told) and the counterparty, with the operator's reason. */
    public static List<Notice> of(ChallengeCancelled e) {
        Map<String, String> args = Map.of("title", e.title(), "reason", e.reason());
        return each(concerned(e.counterparty(), e.bidders()), r -> new Notice(NotificationKind.CHALLENGE_CANCELLED,
                r, SubjectType.CHALLENGE, e.challengeId(), args, null, e.cancelledAt()));
    }

    /**
     * 流标: the counterparty and the bidders the event names (none in events from before they were named), with
     * {@code reason} {@code NO_BIDS} or {@code TOO_FEW_QUALIFIED_BIDS} for the reader's language.
     */
    public static List<Notice> of(ChallengeFailed e) {
        Map<String, String> args = Map.of("title", e.title(), "reason", e.reason().name());
        return each(concerned(e.counterparty(), e.bidders() == null ? List.of() : e.bidders()),
                r -> new Notice(NotificationKind.CHALLENGE_FAILED, r, SubjectType.CHALLENGE, e.challengeId(), args,
                        null, e.failedAt()));
    }

    /**
     * 质疑已提交: the counterparty, who cannot award while it is open; {@code subject} ({@code QUALIFICATION} or
     * {@code RANKING}) and the complainant ({@code counterparty}, the other side).
     */
    public static List<Notice> of(ComplaintFiled e) {
        if (e.counterparty().isForeign()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("subject", e.subject().name());
        args.put("counterparty", e.complainant().name());
        return List.of(new Notice(NotificationKind.COMPLAINT_FILED, Recipient.org(e.counterparty().uscc()),
                SubjectType.CHALLENGE, e.challengeId(), args, null, e.filedAt()));
    }

    /** 质疑处理决定: the complainant, with the {@code decision} and the operator's {@code reason}. */
    public static List<Notice> of(ComplaintDecided e) {
        if (e.complainant().isForeign()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("subject", e.subject().name());
        args.put("decision", e.decision().name());
        args.put("reason", e.reason());
        return List.of(new Notice(NotificationKind.COMPLAINT_DECIDED, Recipient.org(e.complainant().uscc()),
                SubjectType.CHALLENGE, e.challengeId(), args, null, e.decidedAt()));
    }

    private static List<Recipient> concerned(List<Party> parties) {
        return concerned(null, parties);
    }

    /** The distinct organisations of {@code first} (if any) and {@code others}, in order; foreign ones left out. */
    private static List<Recipient> concerned(Party first, List<Party> others) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        List<Party> all = new ArrayList<>();
        if (first != null) {
            all.add(first);
        }
        all.addAll(others);
        for (Party p : all) {
            if (!p.isForeign()) {
                recipients.add(Recipient.org(p.uscc()));
            }
        }
        return List.copyOf(recipients);
    }

    private static List<Notice> each(List<Recipient> recipients, java.util.function.Function<Recipient, Notice> f) {
        return recipients.stream().map(f).toList();
    }
}
