package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The 揭榜制 rules on time, eligibility and sealing, in plain Java. Times come from the service's injected clock. */
public final class BiddingPolicy {

    /**
     * The longest a challenge stays open for bids. 揭榜 calls run for weeks or a few months; a deadline years ahead is
     * a typing error, and one past year 9999 could not be stored (PostgreSQL) nor written as RFC 3339 in the events.
     */
    public static final Duration LONGEST_BIDDING_PERIOD = Duration.ofDays(366);

    /**
     * The province's support share of a challenge outside any call: 20 % of the total R&D investment. Seed 004 names
     * "一定比例" without a figure; a call sets its own (at most {@link #MAX_SUPPORT_SHARE}).
     */
    public static final BigDecimal DEFAULT_SUPPORT_SHARE = new BigDecimal("0.200000");

    /** No call may promise more than half of the R&D investment: the enterprise and the bidder fund the project. */
    public static final BigDecimal MAX_SUPPORT_SHARE = new BigDecimal("0.500000");

    /** The region codes of Guangxi (the province 450000 and its cities and counties) start with these digits. */
    static final String GUANGXI_PREFIX = "45";

    /** An edit of a published challenge leaves bidders at least this long before the deadline (Prozorro's rule). */
    public static final Duration MINIMUM_BIDDING_AFTER_EDIT = Duration.ofDays(7);

    /** 质疑期 of a challenge outside any call, in days. */
    public static final int DEFAULT_COMPLAINT_PERIOD_DAYS = 5;

    /** How a problem shows a time to people: China time to the minute, as the portal shows it. */
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(MarketClock.CHINA);

    private BiddingPolicy() {}

    /** {@code 2026-12-05 20:08}: an instant as a problem message shows it (China time, never ISO-8601 UTC). */
    public static String inChinaTime(Instant instant) {
        return CHINA_TIME.format(instant);
    }

    /** Bids are accepted strictly before the deadline; at the deadline the challenge is closed. */
    public static boolean isOpen(Instant deadline, Instant now) {
        return now.isBefore(deadline);
    }

    /** A new challenge's deadline must lie ahead, at most {@link #LONGEST_BIDDING_PERIOD} from now. */
    public static void requireDeadlineAhead(Instant deadline, Instant now) {
        requireDeadlineAhead(deadline, now, "deadline");
    }

    /** {@link #requireDeadlineAhead(Instant, Instant)} for a deadline the request names {@code field}. */
    public static void requireDeadlineAhead(Instant deadline, Instant now, String field) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.badRequest("DEADLINE_NOT_IN_FUTURE", inChinaTime(deadline))
                    .withField(field, "DEADLINE_NOT_IN_FUTURE");
        }
        if (deadline.isAfter(now.plus(LONGEST_BIDDING_PERIOD))) {
            throw ProblemException.badRequest("DEADLINE_TOO_FAR", inChinaTime(deadline),
                    LONGEST_BIDDING_PERIOD.toDays()).withField(field, "DEADLINE_TOO_FAR");
        }
    }

    /** Publishing a challenge whose deadline has meanwhile passed would open nothing. */
    public static void requireDeadlineAheadToPublish(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.conflict("DEADLINE_PASSED", inChinaTime(deadline));
        }
    }

    /** The earliest deadline an edit at {@code now} may leave: {@link #MINIMUM_BIDDING_AFTER_EDIT} after it. */
    public static Instant earliestDeadlineAfterEdit(Instant now) {
        // to the microsecond, as PostgreSQL keeps it
        return now.plus(MINIMUM_BIDDING_AFTER_EDIT).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** A budget range runs from its minimum up: 400 {@code BUDGET_RANGE_INVERTED} on {@code budgetMax} otherwise. */
    public static void requireBudgetRange(BigDecimal budgetMin, BigDecimal budgetMax) {
        if (budgetMin != null && budgetMax != null && budgetMin.compareTo(budgetMax) > 0) {
            throw ProblemException.badRequest("BUDGET_RANGE_INVERTED", budgetMin.toPlainString(),
                    budgetMax.toPlainString()).withField("budgetMax", "BUDGET_RANGE_INVERTED");
        }
    }

    public static void requireBidInTime(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.conflict("BID_AFTER_DEADLINE", inChinaTime(deadline));
        }
    }

    /**
     * 揭榜 eligibility by the group tree of the directory: the bidder may not be the demander, nor an ancestor of it
     * (seed 004 bars "同一单位或其下属子公司" seen from the demander's side, the BRIEF adds its parent, at any depth: a
     * group's holding company controls its grandchildren too), nor a descendant of it. A sibling in the same group
     * ({@link Relation#SAME_GROUP}) may bid: neither rule names it, and it competes on its own account.
     *
     * @param bidderToDemander what the bidder is to the demander ({@code Relation.between(bidder, demander, ...)})
     */
    public static boolean isConflictOfInterest(Relation bidderToDemander) {
        return bidderToDemander.sameOrLineal();
    }

    /** 409 {@code BIDDER_CONFLICT_OF_INTEREST} when {@link #isConflictOfInterest} bars {@code bidder}. */
    public static void requireEligibleBidder(Party bidder, Party demander, Relation bidderToDemander) {
        if (isConflictOfInterest(bidderToDemander)) {
            throw ProblemException.conflict("BIDDER_CONFLICT_OF_INTEREST", bidder.name(), demander.name());
        }
    }

    /**
     * Who may bid by the kind of challenge (seed 004, issue 17): on a 技术攻关类 challenge universities, institutes and
     * enterprises from anywhere; on a 成果转化类 one only enterprises registered in Guangxi (region 45xxxx in the
     * directory), which take the result up. {@code bidder} is the organisation as the directory knows it.
     */
    public static boolean mayBidOn(ChallengeKind kind, Party bidder) {
        return switch (kind) {
            case TECHNOLOGY_BREAKTHROUGH -> bidder.kind() == OrgKind.UNIVERSITY || bidder.kind() == OrgKind.INSTITUTE
                    || bidder.kind() == OrgKind.ENTERPRISE;
            case RESULT_TRANSFORMATION -> bidder.kind() == OrgKind.ENTERPRISE && bidder.region() != null
                    && bidder.region().startsWith(GUANGXI_PREFIX);
        };
    }

    /** 409 {@code BIDDER_KIND_NOT_ELIGIBLE} when {@link #mayBidOn} bars {@code bidder}. */
    public static void requireMayBidOn(ChallengeKind kind, Party bidder) {
        if (!mayBidOn(kind, bidder)) {
            throw ProblemException.conflict(kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH
                    ? "BIDDER_KIND_NOT_ELIGIBLE" : "BIDDER_NOT_GUANGXI_ENTERPRISE", bidder.name());
        }
    }

    /**
     * Bids are sealed: before the deadline only the bidder's organisation sees its bid; from the deadline on the
     * demander's organisation and the operator of the challenge's sub-market see every bid as well.
     */
    public static boolean maySeeBid(Actor viewer, String bidderUscc, String demanderUscc, String regionCode,
            Instant deadline, Instant now) {
        return viewer.belongsTo(bidderUscc) || maySeeAllBids(viewer, demanderUscc, regionCode, deadline, now);
    }

    /** Whether {@code viewer} sees every bid, not only its organisation's: the demander and operator, after the deadline. */
    public static boolean maySeeAllBids(Actor viewer, String demanderUscc, String regionCode, Instant deadline,
            Instant now) {
        return !isOpen(deadline, now) && (viewer.belongsTo(demanderUscc) || viewer.operates(regionCode));
    }

    // --- Consortium bids, withdrawal and reconfirmation (issue 17, bids).

    /**
     * The most members a consortium (联合体) lists besides its lead. Seed 004 sets no number; 10 keeps a 揭榜 team
     * manageable under one 揭榜协议 and matches what tender rules in the province commonly allow.
     */
    public static final int MAX_CONSORTIUM_MEMBERS = 10;

    /**
     * A consortium as written: at most {@link #MAX_CONSORTIUM_MEMBERS} members, none listed twice, the lead not among
     * them (400, field {@code members} or {@code members[i]}).
     */
    public static void requireConsortium(Party lead, List<Party> members) {
        requireMemberList(lead.uscc(), members.stream().map(Party::uscc).toList());
    }

    /** The USCCs of a consortium as written: none twice, not the lead's (400, field {@code members[i]}). */
    public static void requireMemberList(String leadUscc, List<String> memberUsccs) {
        if (memberUsccs.size() > MAX_CONSORTIUM_MEMBERS) {
            throw ProblemException.badRequest("CONSORTIUM_TOO_LARGE", memberUsccs.size(), MAX_CONSORTIUM_MEMBERS)
                    .withField("members", "CONSORTIUM_TOO_LARGE");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < memberUsccs.size(); i++) {
            String uscc = memberUsccs.get(i);
            if (uscc.equals(leadUscc)) {
                throw ProblemException.badRequest("CONSORTIUM_LEAD_AS_MEMBER", uscc)
                        .withField("members[" + i + "]", "CONSORTIUM_LEAD_AS_MEMBER");
            }
            if (!seen.add(uscc)) {
                throw ProblemException.badRequest("CONSORTIUM_MEMBER_DUPLICATE", uscc)
                        .withField("members[" + i + "]", "CONSORTIUM_MEMBER_DUPLICATE");
            }
        }
    }

    /** 409 {@code CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST}: a member is held to the bidder's rule. */
    public static void requireEligibleMember(Party member, Party counterparty, Relation memberToCounterparty) {
        if (isConflictOfInterest(memberToCounterparty)) {
            throw ProblemException.conflict("CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST", member.name(), member.uscc(),
                    counterparty.name());
        }
    }

    /** A bid may be withdrawn strictly before the deadline; from it on the bid is part of the competition. */
    public static void requireWithdrawalInTime(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.conflict("WITHDRAWAL_AFTER_DEADLINE", inChinaTime(deadline));
        }
    }

    /** 409 {@code CHALLENGE_VERSION_STALE} when the bidder read another version than the challenge's current one. */
    public static void requireCurrentVersion(Long versionRead, long current) {
        if (versionRead != null && versionRead != current) {
            throw ProblemException.conflict("CHALLENGE_VERSION_STALE", versionRead, current);
        }
    }
}
