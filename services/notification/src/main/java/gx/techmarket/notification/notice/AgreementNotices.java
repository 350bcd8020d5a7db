package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.AgreementTermsWritten;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.MilestoneReturned;
import gx.techmarket.contracts.events.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who hears of a 揭榜协议 and its milestones: both parties of the agreement. A milestone's acceptance is told to the
 * winner (the beneficiary of its support) and to the counterparty when the event names it (events from before it was
 * named do not).
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

    /**
     * 里程碑已验收: the winner, with the milestone (n of m) and the support it releases, and the counterparty when the
     * event names it; each told the other side ({@code counterparty}).
     */
    public static List<Notice> of(MilestoneAccepted e) {
        List<Notice> notices = new ArrayList<>(2);
        for (Party party : e.counterparty() == null ? List.of(e.beneficiary())
                : List.of(e.beneficiary(), e.counterparty())) {
            if (party.isForeign()) {
                continue;
            }
            Map<String, String> args = new LinkedHashMap<>();
            args.put("title", e.title());
            args.put("milestone", e.milestoneTitle());
            args.put("number", Integer.toString(e.number()));
            args.put("milestones", Integer.toString(e.milestones()));
            args.put("amount", e.supportAmount().toPlainString());
            if (e.counterparty() != null) {
                args.put("counterparty", (party == e.beneficiary() ? e.counterparty() : e.beneficiary()).name());
            }
            notices.add(new Notice(NotificationKind.MILESTONE_ACCEPTED, Recipient.org(party.uscc()),
                    SubjectType.CHALLENGE, e.challengeId(), args, null, e.acceptedAt()));
        }
        return notices;
    }

    /**
     * 揭榜协议条款待确认: the party that must confirm the terms the other one wrote, with the author
     * ({@code counterparty}), the {@code revision} to confirm, the total R&D investment and the province's support.
     */
    public static List<Notice> of(AgreementTermsWritten e) {
        if (e.toConfirm().isForeign()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("counterparty", e.author().name());
        args.put("revision", Integer.toString(e.revision()));
        args.put("totalInvestment", e.totalInvestment().toPlainString());
        args.put("amount", e.provinceSupport().toPlainString());
        return List.of(new Notice(NotificationKind.AGREEMENT_TO_CONFIRM, Recipient.org(e.toConfirm().uscc()),
                SubjectType.CHALLENGE, e.challengeId(), args, null, e.writtenAt()));
    }

    /** 里程碑退回: the winner, who reports it again, with the milestone (n of m) and the operator's reason. */
    public static List<Notice> of(MilestoneReturned e) {
        if (e.winner().isForeign()) {
            return List.of();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("milestone", e.milestoneTitle());
        args.put("number", Integer.toString(e.number()));
        args.put("milestones", Integer.toString(e.milestones()));
        args.put("reason", e.reason());
        return List.of(new Notice(NotificationKind.MILESTONE_RETURNED, Recipient.org(e.winner().uscc()),
                SubjectType.CHALLENGE, e.challengeId(), args, null, e.returnedAt()));
    }
}
