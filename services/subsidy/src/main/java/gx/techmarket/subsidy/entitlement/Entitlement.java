package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.ExplanationJson;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 应享补助: what one programme gives one organisation for one registered contract, traceable to the contract, its
 * registration number and the policy clause.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement extends Aggregate {

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(name = "policy_clause", nullable = false, length = 1000)
    String policyClause;

    /** What it rests on: CONTRACT (then the contract columns are set), QUALIFICATION, EXPENSE or CHALLENGE. */
    @Column(name = "subject_type", nullable = false, length = 20)
    String subjectType;

    /** The contract, qualification, expense claim or challenge. */
    @Column(name = "subject_id", nullable = false)
    UUID subjectId;

    /** How people name the subject: the registration number, the certificate number … */
    @Column(name = "subject_reference", nullable = false, length = 64)
    String subjectReference;

    /** Why it came out as it did ({@code programme.Explanation} as JSON); null for those assessed before. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    String explanation;

    @Column(name = "contract_id")
    UUID contractId;

    /** The version of the registration it was assessed on: 0 the registration, n its n-th amendment (变更登记). */
    @Column(name = "amendment_number", nullable = false)
    int amendmentNumber;

    /** The version of its programme's terms it was assessed under (ADR 0025): a later version never rewrites it. */
    @Column(name = "programme_version", nullable = false)
    int programmeVersion = 1;

    @Column(name = "registration_number", length = 16)
    String registrationNumber;

    @Column(name = "contract_title", length = 200)
    String contractTitle;

    @Column(name = "contract_type", length = 40)
    String contractType;

    /** 受益方, as the directory knew it on the registration date. */
    @Embedded
    @EmbeddedColumnNaming("beneficiary_%s")
    OrgSnapshot beneficiary;

    /** The amount the rate applied to; null for a fixed amount (高企 recognition). */
    @Column(name = "basis_amount", precision = 18, scale = 2)
    BigDecimal basisAmount;

    /** Null for a fixed amount (高企 recognition). */
    @Column(precision = 7, scale = 6)
    BigDecimal rate;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false)
    boolean capped;

    /** The directory's facts the entitlement was decided on, as of the registration (kinds, regions, relations). */
    @Column(nullable = false, length = 2000)
    String facts;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    EntitlementStatus status;

    @Column(name = "journal_entry_id")
    UUID journalEntryId;

    @Column(name = "reversal_entry_id")
    UUID reversalEntryId;

    @Column(name = "source_event_id", nullable = false)
    UUID sourceEventId;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "granted_at")
    Instant grantedAt;

    @Column(name = "reversed_at")
    Instant reversedAt;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    /** Why it was reversed or withdrawn: which change of the contract's registration took it back. */
    @Column(name = "end_reason", length = 1000)
    String endReason;

    protected Entitlement() {
        // for Hibernate
    }

    /** A new entitlement, waiting for its budget until {@link #grant} posts it. */
    static Entitlement derive(ContractRegistered contract, int amendmentNumber, ProgrammeTerms terms,
            Assessment.Eligible eligible, int year, UUID sourceEventId, Instant now) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.programmeCode = terms.code();
        e.budgetYear = year;
        e.policyClause = terms.policyClause();
        e.subjectType = "CONTRACT";
        e.subjectId = contract.contractId();
        e.subjectReference = contract.registrationNumber();
        e.contractId = contract.contractId();
        e.amendmentNumber = amendmentNumber;
        e.registrationNumber = contract.registrationNumber();
        e.contractTitle = contract.title();
        e.contractType = contract.contractType().name();
        e.beneficiary = OrgSnapshot.of(eligible.beneficiary());
        e.basisAmount = eligible.basis();
        e.rate = eligible.rate();
        e.amount = eligible.amount();
        e.capped = eligible.capped();
        e.facts = Ineligibility.clip(eligible.facts());
        e.explanation = ExplanationJson.write(eligible.explanation());
        e.status = EntitlementStatus.WAITING_FOR_BUDGET;
        e.sourceEventId = sourceEventId;
        e.registeredAt = contract.registeredAt();
        e.createdAt = now;
        return e;
    }

    /**
     * A new entitlement for a qualification (高企 recognition: subject QUALIFICATION, the qualification's id and its
     * certificate number), waiting for its budget until {@link #grant} posts it. {@code recordedAt} (when the
     * directory recorded the qualification) stands where a contract's registration instant would.
     */
    static Entitlement recognised(Qualification qualification, ProgrammeTerms terms, Assessment.Eligible eligible,
            int year, Instant recordedAt, UUID sourceEventId, Instant now) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.programmeCode = terms.code();
        e.budgetYear = year;
        e.policyClause = terms.policyClause();
        e.subjectType = SUBJECT_QUALIFICATION;
        e.subjectId = qualification.id();
        e.subjectReference = qualification.number();
        e.beneficiary = OrgSnapshot.of(eligible.beneficiary());
        e.amount = eligible.amount();
        e.capped = eligible.capped();
        e.facts = Ineligibility.clip(eligible.facts());
        e.explanation = ExplanationJson.write(eligible.explanation());
        e.status = EntitlementStatus.WAITING_FOR_BUDGET;
        e.sourceEventId = sourceEventId;
        e.registeredAt = recordedAt;
        e.createdAt = now;
        return e;
    }

    /** What a qualification-based entitlement rests on. */
    static final String SUBJECT_QUALIFICATION = "QUALIFICATION";

    /** What a 揭榜 support entitlement rests on: one accepted milestone of a challenge's agreement. */
    static final String SUBJECT_CHALLENGE = "CHALLENGE";

    /**
     * The subject id of milestone {@code number} of {@code challengeId}: the same milestone always gives the same id
     * (a name-based UUID), so that it is granted once whatever event carries it.
     */
    static UUID milestoneSubject(UUID challengeId, int number) {
        return UUID.nameUUIDFromBytes(("challenge-milestone:" + challengeId + ":" + number)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** How people name a milestone: 里程碑 n/m and its challenge's id. */
    static String milestoneReference(MilestoneAccepted m) {
        return "里程碑 " + m.number() + "/" + m.milestones() + " " + m.challengeId();
    }

    /**
     * A new entitlement for an accepted milestone of a 揭榜 challenge (subject CHALLENGE: the milestone's
     * {@link #milestoneSubject}, named by {@link #milestoneReference}), waiting for its budget until {@link #grant}
     * posts it; {@code acceptedAt} stands where a contract's registration instant would.
     */
    static Entitlement released(MilestoneAccepted milestone, ProgrammeTerms terms, Assessment.Eligible eligible,
            int year, UUID sourceEventId, Instant now) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.programmeCode = terms.code();
        e.budgetYear = year;
        e.policyClause = terms.policyClause();
        e.subjectType = SUBJECT_CHALLENGE;
        e.subjectId = milestoneSubject(milestone.challengeId(), milestone.number());
        e.subjectReference = milestoneReference(milestone);
        e.beneficiary = OrgSnapshot.of(eligible.beneficiary());
        e.amount = eligible.amount();
        e.capped = eligible.capped();
        e.facts = Ineligibility.clip(eligible.facts());
        e.explanation = ExplanationJson.write(eligible.explanation());
        e.status = EntitlementStatus.WAITING_FOR_BUDGET;
        e.sourceEventId = sourceEventId;
        e.registeredAt = milestone.acceptedAt();
        e.createdAt = now;
        return e;
    }

    /**
     * In a programme that needs a claim (需申报): the entitlement is the ceiling claims draw on, nothing is posted for
     * it. Its first state, instead of waiting for budget.
     */
    void openForClaims(Explanation decided) {
        if (status != EntitlementStatus.WAITING_FOR_BUDGET || journalEntryId != null) {
            throw new IllegalStateException("only a new entitlement is opened for claims");
        }
        status = EntitlementStatus.CLAIMABLE;
        explain(decided);
    }

    /** Keeps {@code decided} as why it came out as it did (the rule's steps and the decision's last). */
    void explain(Explanation decided) {
        explanation = ExplanationJson.write(decided);
    }

    /** Why it came out as it did; {@code null} for entitlements assessed before explanations were kept. */
    public Explanation explanation() {
        return ExplanationJson.read(explanation);
    }

    public String programmeCode() {
        return programmeCode;
    }

    public int budgetYear() {
        return budgetYear;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String beneficiaryUscc() {
        return beneficiary.uscc();
    }

    /**
     * Grants the entitlement: posts its {@code GRANT} entry (Dr the programme-year's budget, Cr what the programme
     * owes the beneficiary) and returns the event that announces it. The caller holds the budget's lock and has
     * checked that the amount fits.
     */
    Optional<SubsidyGranted> grant(Ledger ledger, Instant now) {
        EntitlementStatus next = EntitlementStatus.LIFECYCLE.apply("grant", status);
        journalEntryId = ledger.post(new Posting(EntryKind.GRANT,
                "补助核准 " + programmeCode + " " + budgetYear + "：" + (contractId != null ? "合同登记编号 "
                        : SUBJECT_CHALLENGE.equals(subjectType) ? "揭榜项目" : "证书编号 ")
                        + subjectReference + "，" + beneficiary.name(),
                id, List.of(
                        Posting.Line.debit(Account.budget(programmeCode, budgetYear), amount),
                        Posting.Line.credit(Account.payable(programmeCode, beneficiary.uscc()), amount))));
        grantedAt = now;
        status = next;
        if (contractId == null) {
            // SubsidyGranted announces a contract's subsidy (its contract and registration number are required):
            // a qualification's grant is told to disbursement by GrantPosted only
            return Optional.empty();
        }
        return Optional.of(new SubsidyGranted(id, programmeCode, policyClause, beneficiary.toParty(), contractId,
                registrationNumber, basisAmount, ProgrammeTerms.normalRate(rate), amount, budgetYear, grantedAt));
    }

    /**
     * Reverses the grant: posts the exact opposite of its entry, which gives the amount back to the budget and takes
     * it off what the beneficiary is owed. Checked before anything is posted, so a second reversal is a 409
     * {@code ILLEGAL_STATE_TRANSITION}, not a ledger error.
     */
    void reverse(Ledger ledger, String reason, Instant now) {
        EntitlementStatus next = EntitlementStatus.LIFECYCLE.apply("reverse", status);
        reversalEntryId = ledger.reverse(journalEntryId, reason);
        reversedAt = now;
        endReason = clipReason(reason);
        status = next;
    }

    /**
     * Withdraws an entitlement still waiting for budget: nothing was posted, so nothing is reversed; it only stops
     * waiting, so that budget added later does not grant it.
     */
    void withdraw(String reason, Instant now) {
        EntitlementStatus next = EntitlementStatus.LIFECYCLE.apply("withdraw", status);
        withdrawnAt = now;
        endReason = clipReason(reason);
        status = next;
    }

    private static String clipReason(String reason) {
        String r = reason.strip();
        return r.length() <= 1000 ? r : r.substring(0, 999) + "…";
    }

    boolean isFor(String uscc) {
        return beneficiary.is(uscc);
    }

    /** The beneficiary's region (the directory's, as of the registration): the sub-market the entitlement is in. */
    String region() {
        return beneficiary.region();
    }

    public EntitlementStatus status() {
        return status;
    }
}
