package gx.techmarket.notification.notice;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeadlineApproaching;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who hears of what: each event of the market becomes the notices of the organisations (and roles) it concerns,
 * never of the one that made it happen when the event says who that was. Plain rules, no I/O.
 *
 * <p>{@code args} carry what a text needs: {@code title}, {@code counterparty} (the other side, from the recipient's
 * point of view), {@code amount} (a plain decimal in 元), {@code deadline} (an ISO instant), {@code reasons} (one per
 * line) and a few kind-specific ones named in each rule.
 */
public final class NotificationRules {

    private NotificationRules() {}

    /** 成果已发布: its holder. */
    public static List<Notice> of(ResultPublished e) {
        return List.of(new Notice(NotificationKind.RESULT_PUBLISHED, Recipient.org(e.holder().uscc()),
                SubjectType.RESULT, e.resultId(), Map.of("title", e.title()), null, e.publishedAt()));
    }

    /** 需求已发布: its demander. */
    public static List<Notice> of(DemandPublished e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        if (e.deadline() != null) {
            args.put("deadlineDate", e.deadline().toString());
        }
        return List.of(new Notice(NotificationKind.DEMAND_PUBLISHED, Recipient.org(e.demander().uscc()),
                SubjectType.DEMAND, e.demandId(), args, null, e.publishedAt()));
    }

    /** 需求已过期: its demander, with the deadline that passed. */
    public static List<Notice> of(DemandExpired e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("deadlineDate", e.deadline().toString());
        return List.of(new Notice(NotificationKind.DEMAND_EXPIRED, Recipient.org(e.demanderUscc()),
                SubjectType.DEMAND, e.demandId(), args, null, e.expiredAt()));
    }

    /**
     * 需求已匹配: its demander, with what matched it ({@code challengeId} or {@code contractId}, for the portal to link
     * the challenge or the contract).
     */
    public static List<Notice> of(DemandMatched e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        if (e.challengeId() != null) {
            args.put("challengeId", e.challengeId().toString());
        }
        if (e.contractId() != null) {
            args.put("contractId", e.contractId().toString());
        }
        return List.of(new Notice(NotificationKind.DEMAND_MATCHED, Recipient.org(e.demanderUscc()),
                SubjectType.DEMAND, e.demandId(), args, null, e.matchedAt()));
    }

    /** 榜单已发布: its demander, and the holder of the result a 成果转化 challenge is about. */
    public static List<Notice> of(ChallengePublished e) {
        Map<String, String> args = Map.of("title", e.title(), "deadline", e.deadline().toString());
        return each(concerned(e.demander(), e.holder()), r -> new Notice(NotificationKind.CHALLENGE_PUBLISHED, r,
                SubjectType.CHALLENGE, e.challengeId(), args, e.deadline(), e.publishedAt()));
    }

    /**
     * 榜单即将截止, a day before the deadline: the demander (and a 成果转化 challenge's holder), who award after it.
     * The bidders are not named by any event this service hears, so they are not told here.
     */
    public static List<Notice> deadlineApproaching(UUID challengeId, String title, String demanderUscc,
            String holderUscc, Instant deadline) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        recipients.add(Recipient.org(demanderUscc));
        if (holderUscc != null) {
            recipients.add(Recipient.org(holderUscc));
        }
        Map<String, String> args = Map.of("title", title, "deadline", deadline.toString());
        // the deadline is the occurrence: a challenge whose deadline moved would be reminded of its new one
        return each(recipients, r -> new Notice(NotificationKind.CHALLENGE_DEADLINE_APPROACHING, r,
                SubjectType.CHALLENGE, challengeId, args, deadline, deadline));
    }

    /**
     * 已定榜: the demander (its counterparty: the winner), the winner (the demander) and the holder of a 成果转化
     * challenge's result. {@code title} is the challenge's, when this service heard of its publication.
     */
    public static List<Notice> of(ChallengeAwarded e, Optional<String> title) {
        List<Notice> notices = new ArrayList<>();
        Party counterpartyOfWinner = e.demander() != null ? e.demander() : e.holder();
        for (Recipient r : concerned(e.demander(), e.holder(), e.winner())) {
            Map<String, String> args = new LinkedHashMap<>();
            title.ifPresent(t -> args.put("title", t));
            args.put("winner", e.winner().name());
            args.put("amount", plain(e.price()));
            args.put("counterparty", r.uscc().equals(e.winner().uscc())
                    ? counterpartyOfWinner.name() : e.winner().name());
            notices.add(new Notice(NotificationKind.CHALLENGE_AWARDED, r, SubjectType.CHALLENGE, e.challengeId(),
                    args, null, e.awardedAt()));
        }
        return notices;
    }

    /**
     * 合同草稿已拟定 in the names of the seller and the buyer: both are told, since neither drafted it (a broker did,
     * or the registry from an award); the broker's organisation is not, it made the draft.
     */
    public static List<Notice> of(ContractDrafted e) {
        List<Notice> notices = new ArrayList<>();
        for (Recipient r : concerned(e.seller(), e.buyer())) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("title", e.title());
            args.put("contractType", e.contractType().name());
            args.put("counterparty", counterparty(r, e.seller(), e.buyer()).name());
            if (e.intermediary() != null) {
                args.put("broker", e.intermediary().name());
            }
            if (e.proposedAmount() != null) {
                args.put("amount", plain(e.proposedAmount()));
            }
            notices.add(new Notice(NotificationKind.CONTRACT_DRAFTED, r, SubjectType.CONTRACT, e.contractId(), args,
                    null, e.draftedAt()));
        }
        return notices;
    }

    /**
     * 退回补正: the filer, who must correct it (the seller, or the domestic buyer of a technology import), with the
     * point's reasons.
     */
    public static List<Notice> of(ContractReturned e) {
        Party filer = filer(e.seller(), e.buyer());
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("counterparty", counterparty(filer, e.seller(), e.buyer()).name());
        args.put("registrationPoint", e.registrationPoint().name());
        args.put("reasons", String.join("\n", e.reasons()));
        return List.of(new Notice(NotificationKind.CONTRACT_RETURNED, Recipient.org(filer.uscc()),
                SubjectType.CONTRACT, e.contractId(), args, null, e.returnedAt()));
    }

    /** 已认定登记: seller and buyer, and the brokers of the intermediary that brokered it. */
    public static List<Notice> of(ContractRegistered e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("registrationNumber", e.registrationNumber());
        args.put("amount", plain(e.technologyTransactionAmount()));
        args.put("registrationPoint", e.registrationPoint().name());
        return toParties(NotificationKind.CONTRACT_REGISTERED, e.contractId(), e.registeredAt(), e.seller(), e.buyer(),
                e.intermediary(), args);
    }

    /**
     * 不予登记: seller and buyer, and the brokers of the intermediary, with the grounds (their codes, one per line, for
     * the reader's language) and the registrar's explanation.
     */
    public static List<Notice> of(ContractRefused e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("contractType", e.contractType().name());
        args.put("registrationPoint", e.registrationPoint().name());
        args.put("grounds", String.join("\n", e.grounds().stream().map(Enum::name).toList()));
        args.put("explanation", e.explanation());
        return toParties(NotificationKind.CONTRACT_REFUSED, e.contractId(), e.refusedAt(), e.seller(), e.buyer(),
                e.intermediary(), args);
    }

    /**
     * 变更登记: seller and buyer, and the brokers of the intermediary, with the amendment's number and reason and the
     * 技术交易额 as it now stands. A subsidy it changes is told by the subsidy's own notices.
     */
    public static List<Notice> of(ContractAmended e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("registrationNumber", e.registrationNumber());
        args.put("amendmentNumber", Integer.toString(e.amendmentNumber()));
        args.put("amount", plain(e.technologyTransactionAmount()));
        args.put("totalAmount", plain(e.totalContractAmount()));
        args.put("reason", e.reason());
        args.put("registrationPoint", e.registrationPoint().name());
        return toParties(NotificationKind.CONTRACT_AMENDED, e.contractId(), e.amendedAt(), e.seller(), e.buyer(),
                e.intermediary(), args);
    }

    /** 注销登记: seller and buyer, and the brokers of the intermediary, with why (rescinded or void) and the explanation. */
    public static List<Notice> of(ContractDeregistered e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", e.title());
        args.put("registrationNumber", e.registrationNumber());
        args.put("reason", e.reason().name());
        args.put("explanation", e.explanation());
        args.put("registrationPoint", e.registrationPoint().name());
        return toParties(NotificationKind.CONTRACT_DEREGISTERED, e.contractId(), e.deregisteredAt(), e.seller(),
                e.buyer(), e.intermediary(), args);
    }

    /**
     * 办理期限临近 or 已逾期: the filer (the seller, or the domestic buyer of a technology import), who waits on it, and
     * the registrars of the point handling it, who must act; mailed. The deadline carried is the end of {@code dueOn}
     * in China time, and it is also the occurrence: each deadline is told once as approaching and once as passed,
     * however often the registry's job runs, and a deadline that moved (the clock restarted after a correction) is
     * told anew.
     */
    public static List<Notice> of(ContractDeadlineApproaching e) {
        Instant deadline = e.dueOn().plusDays(1).atStartOfDay(MarketClock.CHINA).toInstant();
        NotificationKind kind = e.overdue() ? NotificationKind.CONTRACT_OVERDUE
                : NotificationKind.CONTRACT_DEADLINE_APPROACHING;
        Party filer = filer(e.seller(), e.buyer());
        List<Notice> notices = new ArrayList<>();
        for (Recipient r : List.of(Recipient.org(filer.uscc()),
                new Recipient(e.registrationPoint().uscc(), Role.REGISTRAR))) {
            Map<String, String> args = new LinkedHashMap<>();
            args.put("title", e.title());
            args.put("contractType", e.contractType().name());
            args.put("dueOn", e.dueOn().toString());
            args.put("deadline", deadline.toString());
            args.put("workingDaysLeft", Integer.toString(e.workingDaysLeft()));
            args.put("provisional", Boolean.toString(e.provisional()));
            args.put("registrationPoint", e.registrationPoint().name());
            args.put("counterparty", counterparty(filer, e.seller(), e.buyer()).name());
            if (r.role() == Role.REGISTRAR) {
                args.put("filer", filer.name());
            }
            notices.add(new Notice(kind, r, SubjectType.CONTRACT, e.contractId(), args, deadline, deadline));
        }
        return notices;
    }

    /** 补助已核准: the beneficiary. */
    public static List<Notice> of(SubsidyGranted e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("programme", e.programmeCode());
        args.put("amount", plain(e.amount()));
        args.put("registrationNumber", e.registrationNumber());
        args.put("budgetYear", Integer.toString(e.budgetYear()));
        return List.of(new Notice(NotificationKind.SUBSIDY_GRANTED, Recipient.org(e.beneficiary().uscc()),
                SubjectType.ENTITLEMENT, e.entitlementId(), args, null, e.grantedAt()));
    }

    /** 补助申报审核结果: the claimant's organisation, with the amount (approved) or the reason (returned, rejected). */
    public static List<Notice> of(ClaimDecided e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("programme", e.programmeCode());
        args.put("budgetYear", Integer.toString(e.budgetYear()));
        if (e.registrationNumber() != null) {
            args.put("registrationNumber", e.registrationNumber());
        }
        if (e.amount() != null) {
            args.put("amount", plain(e.amount()));
        }
        if (e.reason() != null) {
            args.put("reason", e.reason());
        }
        NotificationKind kind = switch (e.decision()) {
            case APPROVED -> NotificationKind.CLAIM_APPROVED;
            case RETURNED -> NotificationKind.CLAIM_RETURNED;
            case REJECTED -> NotificationKind.CLAIM_REJECTED;
        };
        return List.of(new Notice(kind, Recipient.org(e.beneficiaryUscc()), SubjectType.CLAIM, e.claimId(), args,
                null, e.decidedAt()));
    }

    /** 补助已拨付: the payee hears what the bank paid it, what was set off, and the references. */
    public static List<Notice> of(SubsidyPaid e) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("programme", e.programmeCode());
        args.put("amount", plain(e.netAmount()));
        args.put("gross", plain(e.grossAmount()));
        args.put("offset", plain(e.offsetAmount()));
        args.put("batchNumber", e.batchNumber());
        args.put("reference", e.payeeReference());
        args.put("paidOn", e.paidOn().toString());
        args.put("budgetYear", Integer.toString(e.budgetYear()));
        return List.of(new Notice(NotificationKind.SUBSIDY_PAID, Recipient.org(e.payeeUscc()),
                SubjectType.PAYMENT_BATCH, e.paymentBatchId(), args, null, e.paidAt()));
    }

    /**
     * The distinct organisations among {@code parties}, in order; nulls and foreign parties left out (a foreign
     * organisation has no USCC and no users in the market, so no notice can reach it).
     */
    private static List<Recipient> concerned(Party... parties) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        for (Party p : parties) {
            if (p != null && !p.isForeign()) {
                recipients.add(Recipient.org(p.uscc()));
            }
        }
        return List.copyOf(recipients);
    }

    /**
     * One notice of {@code kind} about the contract for each of its parties in the market, with {@code args}; the
     * seller and the buyer are each also told who the other side is ({@code counterparty}).
     */
    private static List<Notice> toParties(NotificationKind kind, UUID contractId, Instant occurredAt, Party seller,
            Party buyer, Party intermediary, Map<String, String> args) {
        List<Notice> notices = new ArrayList<>();
        for (Recipient r : parties(seller, buyer, intermediary)) {
            Map<String, String> own = new LinkedHashMap<>(args);
            if (r.role() == null) {
                own.put("counterparty", counterparty(r, seller, buyer).name());
            }
            notices.add(new Notice(kind, r, SubjectType.CONTRACT, contractId, own, null, occurredAt));
        }
        return notices;
    }

    /** A contract's parties in the market: seller and buyer, and the brokers (role) of its intermediary, if any. */
    private static List<Recipient> parties(Party seller, Party buyer, Party intermediary) {
        List<Recipient> recipients = new ArrayList<>(concerned(seller, buyer));
        if (intermediary != null && !intermediary.isForeign()) {
            recipients.add(new Recipient(intermediary.uscc(), Role.BROKER));
        }
        return recipients;
    }

    /**
     * Who filed the contract with the registration point: its seller, except in a technology import, whose foreign
     * seller cannot file: there the domestic buyer does.
     */
    private static Party filer(Party seller, Party buyer) {
        return seller.isForeign() ? buyer : seller;
    }

    private static Party counterparty(Recipient r, Party seller, Party buyer) {
        return r.uscc().equals(seller.uscc()) ? buyer : seller;
    }

    private static Party counterparty(Party of, Party seller, Party buyer) {
        return of == seller ? buyer : seller;
    }

    private static List<Notice> each(Iterable<Recipient> recipients,
            Function<Recipient, Notice> notice) {
        List<Notice> notices = new ArrayList<>();
        recipients.forEach(r -> notices.add(notice.apply(r)));
        return notices;
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
