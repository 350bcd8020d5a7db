package gx.techmarket.bidding.call;

import gx.techmarket.bidding.challenge.BiddingPolicy;
import gx.techmarket.bidding.challenge.CallTerms;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 榜单批次: a call an operator publishes for its sub-market, gathering challenges of one or both kinds with one
 * closing time and the terms its challenges copy when they join (minimum number of qualified bids, the province's
 * support share of the total R&D investment, the complaint period). Its terms do not change after creation;
 * publishing it publishes its challenges, no earlier than its opening time.
 */
@Entity
@Table(name = "challenge_call")
public class Call extends ChangingAggregate {

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    List<String> kinds = new ArrayList<>();

    @Column(name = "opens_at", nullable = false)
    Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    Instant closesAt;

    @Column(name = "minimum_qualified_bids", nullable = false)
    int minimumQualifiedBids;

    @Column(name = "support_share", nullable = false, precision = 7, scale = 6)
    BigDecimal supportShare;

    @Column(name = "complaint_period_days", nullable = false)
    int complaintPeriodDays;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    CallStatus status;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "published_at")
    Instant publishedAt;

    protected Call() {
        // for Hibernate
    }

    static Call create(UUID id, CallRequest r, String createdBy, Instant now) {
        if (!r.opensAt().isBefore(r.closesAt())) {
            throw ProblemException.badRequest("CALL_DATES_INVERTED", BiddingPolicy.inChinaTime(r.opensAt()),
                    BiddingPolicy.inChinaTime(r.closesAt())).withField("closesAt", "CALL_DATES_INVERTED");
        }
        BiddingPolicy.requireDeadlineAhead(r.closesAt(), now, "closesAt");
        BigDecimal share = r.supportShare() == null ? BiddingPolicy.DEFAULT_SUPPORT_SHARE : r.supportShare();
        if (share.compareTo(BiddingPolicy.MAX_SUPPORT_SHARE) > 0) {
            throw ProblemException.badRequest("SUPPORT_SHARE_ABOVE_LIMIT", share.toPlainString())
                    .withField("supportShare", "SUPPORT_SHARE_ABOVE_LIMIT");
        }
        Call c = new Call();
        c.id = id;
        c.title = r.title().strip();
        c.regionCode = r.regionCode();
        c.kinds = new ArrayList<>(EnumSet.copyOf(r.kinds()).stream().map(Enum::name).toList());
        c.opensAt = r.opensAt();
        c.closesAt = r.closesAt();
        c.minimumQualifiedBids = r.minimumQualifiedBids() == null ? 1 : r.minimumQualifiedBids();
        c.supportShare = share.setScale(6);
        c.complaintPeriodDays = r.complaintPeriodDays() == null ? BiddingPolicy.DEFAULT_COMPLAINT_PERIOD_DAYS
                : r.complaintPeriodDays();
        c.status = CallStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** What a challenge joining this call takes from it; only while the call is a draft. */
    CallTerms termsForJoining() {
        if (status != CallStatus.DRAFT) {
            throw ProblemException.conflict("CALL_ALREADY_PUBLISHED", title);
        }
        return new CallTerms(id, title, regionCode, kindSet(), closesAt, minimumQualifiedBids, supportShare,
                complaintPeriodDays);
    }

    /** 发布榜单批次: from its opening time, before it closes, with at least one challenge. */
    void publish(long challenges, Instant now) {
        if (status != CallStatus.DRAFT) {
            throw ProblemException.conflict("CALL_ALREADY_PUBLISHED", title);
        }
        if (now.isBefore(opensAt)) {
            throw ProblemException.conflict("CALL_NOT_YET_OPEN", title, BiddingPolicy.inChinaTime(opensAt));
        }
        BiddingPolicy.requireDeadlineAheadToPublish(closesAt, now);
        if (challenges == 0) {
            throw ProblemException.conflict("CALL_EMPTY", title);
        }
        status = CallStatus.PUBLISHED;
        publishedAt = now;
        touch(now);
    }

    boolean publishable(Instant now) {
        return status == CallStatus.DRAFT && !now.isBefore(opensAt) && BiddingPolicy.isOpen(closesAt, now);
    }

    boolean isPublished() {
        return status == CallStatus.PUBLISHED;
    }

    Set<ChallengeKind> kindSet() {
        EnumSet<ChallengeKind> set = EnumSet.noneOf(ChallengeKind.class);
        kinds.forEach(k -> set.add(ChallengeKind.valueOf(k)));
        return set;
    }
}
