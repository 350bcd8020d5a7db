package gx.techmarket.bidding.agreement;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.AgreementTermsWritten;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.MilestoneReturned;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * 揭榜协议 of an awarded challenge between its counterparty (需求方 of a 技术攻关类 challenge, 成果持有方 of a 成果转化类
 * one) and its winner (揭榜方, the lead of a consortium). Either party writes the terms; every change of the terms is a
 * new revision and resets both confirmations; when both parties have confirmed the same revision it is signed.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends ChangingAggregate {

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ChallengeKind kind;

    @Column(name = "bid_id", nullable = false)
    UUID bidId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Embedded
    @EmbeddedColumnNaming("counterparty_%s")
    OrgSnapshot counterparty;

    @Embedded
    @EmbeddedColumnNaming("winner_%s")
    OrgSnapshot winner;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    AgreementStatus status;

    @Column(name = "contract_type", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    ContractType contractType;

    @Column(name = "total_investment", nullable = false, precision = 18, scale = 2)
    BigDecimal totalInvestment;

    @Column(name = "enterprise_share", nullable = false, precision = 18, scale = 2)
    BigDecimal enterpriseShare;

    @Column(name = "bidder_share", nullable = false, precision = 18, scale = 2)
    BigDecimal bidderShare;

    @Column(name = "support_share", nullable = false, precision = 7, scale = 6)
    BigDecimal supportShare;

    @Column(name = "province_support", nullable = false, precision = 18, scale = 2)
    BigDecimal provinceSupport;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_milestone", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("number")
    List<Milestone> milestones = new ArrayList<>();

    @Column(nullable = false)
    int revision;

    @Column(name = "edited_by", nullable = false, length = 200)
    String editedBy;

    @Column(name = "counterparty_confirmed_by", length = 200)
    String counterpartyConfirmedBy;

    @Column(name = "counterparty_confirmed_at")
    Instant counterpartyConfirmedAt;

    @Column(name = "winner_confirmed_by", length = 200)
    String winnerConfirmedBy;

    @Column(name = "winner_confirmed_at")
    Instant winnerConfirmedAt;

    @Column(name = "signed_at")
    Instant signedAt;

    @Column(name = "terminated_by", length = 200)
    String terminatedBy;

    @Column(name = "terminated_at")
    Instant terminatedAt;

    @Column(name = "termination_reason", length = 1000)
    String terminationReason;

    protected Agreement() {
        // for Hibernate
    }

    /** The first draft of the terms, by a user ({@code editedBy}) of one of the parties. */
    static Agreement draft(UUID id, UUID challengeId, ChallengeKind kind, UUID bidId, String title, String regionCode,
            Party counterparty, Party winner, AgreementTerms terms, String editedBy, Instant now) {
        Agreement a = new Agreement();
        a.id = id;
        a.challengeId = challengeId;
        a.kind = kind;
        a.bidId = bidId;
        a.title = title;
        a.regionCode = regionCode;
        a.counterparty = OrgSnapshot.of(counterparty);
        a.winner = OrgSnapshot.of(winner);
        a.status = AgreementStatus.DRAFT;
        a.createdAt = now;
        a.revision = 0;
        a.write(terms, editedBy, now);
        return a;
    }

    /**
     * New terms by a party: a new revision that both parties confirm again. The same terms again change nothing
     * (a repeated request); after the signature nothing changes (409 {@code AGREEMENT_ALREADY_SIGNED}).
     */
    void edit(AgreementTerms terms, String editedBy, Instant now) {
        requireDraft();
        if (terms.equals(terms())) {
            return;
        }
        write(terms, editedBy, now);
    }

    /**
     * The confirmation of revision {@code seen} by the party {@code uscc}; the event of the signature when it is the
     * second one. 409 when the terms changed since ({@code AGREEMENT_REVISED}) or the party confirmed already.
     */
    Optional<AgreementSigned> confirm(String uscc, int seen, String confirmedBy, Instant now) {
        requireDraft();
        if (seen != revision) {
            throw ProblemException.conflict("AGREEMENT_REVISED", seen, revision).withField("revision",
                    "AGREEMENT_REVISED");
        }
        if (counterparty.is(uscc)) {
            if (counterpartyConfirmedAt != null) {
                throw ProblemException.conflict("AGREEMENT_ALREADY_CONFIRMED", revision);
            }
            counterpartyConfirmedAt = now;
            counterpartyConfirmedBy = confirmedBy;
        } else if (winner.is(uscc)) {
            if (winnerConfirmedAt != null) {
                throw ProblemException.conflict("AGREEMENT_ALREADY_CONFIRMED", revision);
            }
            winnerConfirmedAt = now;
            winnerConfirmedBy = confirmedBy;
        } else {
            throw ProblemException.notFound("AGREEMENT_NOT_FOUND");
        }
        touch(now);
        if (counterpartyConfirmedAt == null || winnerConfirmedAt == null) {
            return Optional.empty();
        }
        status = AgreementStatus.SIGNED;
        signedAt = now;
        return Optional.of(signedEvent());
    }

    /**
     * The milestone that may move now: the first one not accepted (milestones are reported and accepted strictly
     * in order). {@code number} must be it, else 409 {@code MILESTONE_OUT_OF_ORDER} ({@code MILESTONE_ALREADY_ACCEPTED}
     * for one accepted before); an unknown number is 404.
     */
    Milestone current(int number) {
        Milestone asked = milestones.stream().filter(m -> m.number() == number).findFirst()
                .orElseThrow(() -> ProblemException.notFound("MILESTONE_NOT_FOUND", number));
        if (asked.status() == MilestoneStatus.ACCEPTED) {
            throw ProblemException.conflict("MILESTONE_ALREADY_ACCEPTED", number);
        }
        Milestone next = next().orElseThrow();
        if (asked != next) {
            throw ProblemException.conflict("MILESTONE_OUT_OF_ORDER", number, next.number());
        }
        return asked;
    }

    /** The first milestone not accepted yet; empty when all are. */
    Optional<Milestone> next() {
        return milestones.stream().filter(m -> m.status() != MilestoneStatus.ACCEPTED).findFirst();
    }

    /** 验收 of milestone {@code m} (checked by the caller to be {@link #current}): the event that releases its support. */
    MilestoneAccepted accept(Milestone m, String by, Instant now) {
        m.accept(by, now);
        touch(now);
        return new MilestoneAccepted(challengeId, kind, id, title, regionCode, m.number(), milestones.size(),
                m.title(), m.supportAmount(), totalInvestment, supportShare, provinceSupport, winner.toParty(),
                now, counterparty.toParty());
    }

    /** The winner's report of milestone {@code m} (checked by the caller to be {@link #current}). */
    void report(Milestone m, String summary, String by, Instant now) {
        m.report(summary, by, now);
        touch(now);
    }

    /** The experts' check opinion on milestone {@code m}, as the operator records it. */
    void check(Milestone m, String opinion, String by, Instant now) {
        m.check(opinion, by, now);
        touch(now);
    }

    /** Milestone {@code m} sent back with {@code reason}: the event that tells the winner to report it again. */
    MilestoneReturned sendBack(Milestone m, String reason, Instant now) {
        m.sendBack(reason, now);
        touch(now);
        return new MilestoneReturned(challengeId, id, kind, title, regionCode, m.number(), milestones.size(),
                m.title(), reason, winner.toParty(), now);
    }

    /**
     * The event of the current revision's terms, written by the party {@code authorUscc}: the other party must
     * confirm them.
     */
    AgreementTermsWritten termsWritten(String authorUscc, Instant now) {
        boolean byCounterparty = counterparty.is(authorUscc);
        return new AgreementTermsWritten(challengeId, id, kind, title, regionCode, revision,
                (byCounterparty ? counterparty : winner).toParty(), (byCounterparty ? winner : counterparty).toParty(),
                totalInvestment, provinceSupport, now);
    }

    /** 终止: the project failed; the support of the milestones not accepted is not released. */
    void terminate(String reason, String by, Instant now) {
        terminationReason = reason;
        terminatedBy = by;
        terminatedAt = now;
        touch(now);
    }

    boolean isWonBy(String uscc) {
        return winner.is(uscc);
    }

    /** Whether the party {@code uscc} may still confirm the current revision. */
    boolean awaitsConfirmationOf(String uscc) {
        return status == AgreementStatus.DRAFT
                && (counterparty.is(uscc) && counterpartyConfirmedAt == null
                        || winner.is(uscc) && winnerConfirmedAt == null);
    }

    /** Whether {@code uscc} is one of the two parties. */
    boolean isPartyOf(String uscc) {
        return counterparty.is(uscc) || winner.is(uscc);
    }

    /** 卖方: the winner of a 技术攻关类 challenge (it develops), the 成果持有方 of a 成果转化类 one (it transfers). */
    Party seller() {
        return kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH ? winner.toParty() : counterparty.toParty();
    }

    /** 买方: the demander of a 技术攻关类 challenge, the winner of a 成果转化类 one. */
    Party buyer() {
        return kind == ChallengeKind.TECHNOLOGY_BREAKTHROUGH ? counterparty.toParty() : winner.toParty();
    }

    AgreementTerms terms() {
        return new AgreementTerms(contractType, totalInvestment, enterpriseShare, bidderShare, supportShare,
                provinceSupport, List.copyOf(milestones));
    }

    private AgreementSigned signedEvent() {
        return new AgreementSigned(challengeId, kind, id, bidId, title, seller(), buyer(), contractType,
                totalInvestment, enterpriseShare, bidderShare, supportShare, provinceSupport,
                milestones.stream().map(m -> new AgreementSigned.Milestone(m.number(), m.title(), m.deliverables(),
                        m.dueDate(), m.supportAmount())).toList(),
                signedAt);
    }

    private void write(AgreementTerms terms, String editedBy, Instant now) {
        contractType = terms.contractType();
        totalInvestment = terms.totalInvestment();
        enterpriseShare = terms.enterpriseShare();
        bidderShare = terms.bidderShare();
        supportShare = terms.supportShare();
        provinceSupport = terms.provinceSupport();
        milestones.clear();
        milestones.addAll(terms.milestones());
        revision++;
        this.editedBy = editedBy;
        counterpartyConfirmedAt = null;
        counterpartyConfirmedBy = null;
        winnerConfirmedAt = null;
        winnerConfirmedBy = null;
        touch(now);
    }

    private void requireDraft() {
        if (status == AgreementStatus.SIGNED) {
            throw ProblemException.conflict("AGREEMENT_ALREADY_SIGNED", title);
        }
    }

    public UUID challengeId() {
        return challengeId;
    }

    public AgreementStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }
}
