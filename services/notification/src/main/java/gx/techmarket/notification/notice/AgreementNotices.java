package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.MilestoneAccepted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of a 揭榜协议 and its milestones: both parties of the agreement. The counterparty is not in
 * {@code MilestoneAccepted}, so a milestone's acceptance is told to the winner (the beneficiary of its support).
 */
public final class AgreementNotices {

    private AgreementNotices() {}

    /**
     * 揭榜协议已签订: the seller and the buyer, each told the other side, the contract type the registry drafts and the
     * province's support.
     */
    public static List<Notice> of(AgreementSigned e) {
        List<Notice> notices = new ArrayList<>(2);
        for (var party : List.of(e.seller(), e.buyer())) {
            if (party.isForeign()) {
                continue;
            }
            Map<String, String> args = new LinkedHashMap<>();
            args.put("title", e.title());
            args.put("counterparty", (party == e.seller() ? e.buyer() : e.seller()).name());
            args.put("contractType", e.contractType().name());
            args.put("totalInvestment", e.totalInvestment().toPlainString());
            args.put("amount", e.provinceSupport().toPlainString());
            args.put("milestones", Integer.toString(e.milestones().size()));
            notices.add(new Notice(NotificationKind.AGREEMENT_SIGNED, Recipient.org(party.uscc()),
                    SubjectType.CHALLENGE, e.challengeId(), args, null, e.signedAt()));
        }
        return notices;
    }

    /** 里程碑已验收: the winner, with the milestone (n of m) and the support it releases. */
    public static List<Notice> of(MilestoneAccepted e) {
        if (e.beneficiary().isForeign()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("milestone", e.milestoneTitle());
        args.put("number", Integer.toString(e.number()));
        args.put("milestones", Integer.toString(e.milestones()));
        args.put("amount", e.supportAmount().toPlainString());
        return List.of(new Notice(NotificationKind.MILESTONE_ACCEPTED, Recipient.org(e.beneficiary().uscc()),
                SubjectType.CHALLENGE, e.challengeId(), args, null, e.acceptedAt()));
    }
}
