package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.Assessment;
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

    @Column(name = "basis_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal basisAmount;

    @Column(nullable = false, precision = 7, scale = 6)
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
        e.status = EntitlementStatus.WAITING_FOR_BUDGET;
        e.sourceEventId = sourceEventId;
        e.registeredAt = contract.registeredAt();
        e.createdAt = now;
        return e;
    }

    /**
     * Grants the entitlement: posts its {@code GRANT} entry (Dr the programme-year's budget, Cr what the programme
     * owes the beneficiary) and returns the event that announces it. The caller holds the budget's lock and has
     * checked that the amount fits.
     */
    SubsidyGranted grant(Ledger ledger, Instant now) {
        EntitlementStatus next = EntitlementStatus.LIFECYCLE.apply("grant", status);
        journalEntryId = ledger.post(new Posting(EntryKind.GRANT,
                "补助核准 " + programmeCode + " " + budgetYear + "：合同登记编号 " + registrationNumber + "，"
                        + beneficiary.name(),
                id, List.of(
                        Posting.Line.debit(Account.budget(programmeCode, budgetYear), amount),
                        Posting.Line.credit(Account.payable(programmeCode, beneficiary.uscc()), amount))));
        grantedAt = now;
        status = next;
        return new SubsidyGranted(id, programmeCode, policyClause, beneficiary.toParty(), contractId,
                registrationNumber, basisAmount, ProgrammeTerms.normalRate(rate), amount, budgetYear, grantedAt);
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
