package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.listing.Listing;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A technical demand (技术需求): a {@link Listing} posted by an enterprise, with its problem, budget and deadline.
 * Its moves are {@link DemandStatus#LIFECYCLE}'s; it is submitted and published only while its deadline lies ahead.
 * Content rules are checked by {@link DemandContent#check}.
 */
@Entity
@Table(name = "demand")
public class Demand extends Listing<DemandStatus, DemandContent> {

    @Embedded
    @EmbeddedColumnNaming("demander_%s")
    OrgSnapshot demander;

    @Column(nullable = false, length = 5000)
    String problem;

    @Column(name = "budget_min", nullable = false, precision = 18, scale = 2)
    BigDecimal budgetMin;

    @Column(name = "budget_max", nullable = false, precision = 18, scale = 2)
    BigDecimal budgetMax;

    @Column(nullable = false)
    LocalDate deadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes", nullable = false, columnDefinition = "text[]")
    List<String> cooperationModes = new ArrayList<>();

    @Column(name = "close_reason", length = 1000)
    String closeReason;

    @Column(name = "reviewed_by", length = 200)
    String reviewedBy;

    @Column(name = "closed_at")
    Instant closedAt;

    /** The challenge published from it, when one matched it. */
    @Column(name = "matched_challenge_id")
    UUID matchedChallengeId;

    /** The contract drafted for it, when one matched it. */
    @Column(name = "matched_contract_id")
    UUID matchedContractId;

    @Column(name = "matched_at")
    Instant matchedAt;

    @Column(name = "expired_at")
    Instant expiredAt;

    protected Demand() {
        super(DemandStatus.LIFECYCLE, "DEMAND_NOT_EDITABLE");
    }

    static Demand draft(UUID id, Party demander, String createdBy, DemandContent content, Instant now) {
        Demand d = new Demand();
        d.demander = OrgSnapshot.of(demander);
        d.draft(id, createdBy, DemandStatus.DRAFT, content, now);
        return d;
    }

    @Override
    public OrgSnapshot owner() {
        return demander;
    }

    @Override
    protected void apply(DemandContent c) {
        problem = c.problem();
        budgetMin = c.budgetMin();
        budgetMax = c.budgetMax();
        deadline = c.deadline();
        cooperationModes = new ArrayList<>(c.cooperationModes().stream().map(Enum::name).toList());
    }

    /** Sends the demand to its operator; its deadline must still lie ahead. */
    void submit(LocalDate today, Instant now) {
        DemandStatus next = next("submit");
        requireOpen(today);
        enterSubmitted(next, now);
        reviewedBy = null;
    }

    /**
     * The operator publishes it and the market hears of it; a demand whose deadline is today or past is not
     * published (reject it instead).
     */
    DemandPublished approve(String reviewer, LocalDate today, Instant now) {
        DemandStatus next = next("approve");
        requireOpen(today);
        enterPublished(next, now);
        reviewedBy = reviewer;
        return new DemandPublished(id, title, problem, industry, budgetMin, budgetMax, deadline, regionCode,
                cooperationModes(), demander.toParty(), publishedAt, titleEn, summaryEn);
    }

    void reject(String reviewer, String reason, Instant now) {
        enterRejected(reason, now);
        reviewedBy = reviewer;
    }

    /** The enterprise takes it off the market; the market hears of it. */
    DemandClosed close(String reason, Instant now) {
        enter(next("close"), now);
        closeReason = reason;
        closedAt = now;
        return new DemandClosed(id, demander.uscc(), reason, now);
    }

    /**
     * The expiry job ends a published demand whose deadline (its last day) lies before {@code today}: 已过期. A
     * demand whose deadline is today or ahead is not expired: asking is a programming error of the caller, which
     * selects only those past.
     */
    DemandExpired expire(LocalDate today, Instant now) {
        DemandStatus next = next("expire");
        if (!isPastDeadline(today)) {
            throw new IllegalStateException("demand " + id + " is open until " + deadline + ", not expired " + today);
        }
        enter(next, now);
        expiredAt = now;
        return new DemandExpired(id, title, demander.uscc(), deadline, now);
    }

    /** A 揭榜挂帅 challenge was published from it: 已匹配, with the challenge. */
    DemandMatched matchChallenge(UUID challengeId, Instant now) {
        enter(next("match"), now);
        matchedChallengeId = challengeId;
        matchedAt = now;
        return new DemandMatched(id, title, demander.uscc(), challengeId, null, now);
    }

    /**
     * The challenge it was matched by was cancelled (撤榜) or failed (流标): the need is open again. While its deadline
     * lasts it is back on the market, published again now ({@code DemandPublished}: the market lists it anew); past
     * its deadline it is 已过期 ({@code DemandExpired}).
     */
    DomainEvent reopen(LocalDate today, Instant now) {
        matchedChallengeId = null;
        matchedAt = null;
        if (isPastDeadline(today)) {
            enter(next("expire"), now);
            expiredAt = now;
            return new DemandExpired(id, title, demander.uscc(), deadline, now);
        }
        enterPublished(next("reopen"), now);
        return new DemandPublished(id, title, problem, industry, budgetMin, budgetMax, deadline, regionCode,
                cooperationModes(), demander.toParty(), publishedAt, titleEn, summaryEn);
    }

    /** A technical contract was drafted for it: 已匹配, with the contract. */
    DemandMatched matchContract(UUID contractId, Instant now) {
        enter(next("match"), now);
        matchedContractId = contractId;
        matchedAt = now;
        return new DemandMatched(id, title, demander.uscc(), null, contractId, now);
    }

    /** Whether the market may still match it: only a published demand is matched (a final state stays final). */
    boolean isMatchable() {
        return status == DemandStatus.PUBLISHED;
    }

    /** Whether its deadline, the last day it took answers, lies before {@code today} (China time). */
    boolean isPastDeadline(LocalDate today) {
        return deadline.isBefore(today);
    }

    /** Whether answers are still taken on {@code today}: submitting and approving need it. */
    boolean isOpen(LocalDate today) {
        return deadline.isAfter(today);
    }

    /**
     * Whether the demand is on the market on {@code today}, for every visitor to see: published, and its deadline
     * (the last day it takes answers) not yet past. {@link DemandRepository#published} lists exactly these.
     */
    boolean isListed(LocalDate today) {
        return status == DemandStatus.PUBLISHED && !deadline.isBefore(today);
    }

    private void requireOpen(LocalDate today) {
        if (!isOpen(today)) {
            throw ProblemException.conflict("DEADLINE_PASSED", deadline.toString(), today.toString());
        }
    }

    List<CooperationMode> cooperationModes() {
        return cooperationModes.stream().map(CooperationMode::valueOf).toList();
    }
}
