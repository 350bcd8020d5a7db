package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.ExplanationJson;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 不予补助: a programme gave a registered contract nothing, with the reason and the directory's facts the refusal
 * rests on (as of the registration). Recorded, never edited: a refusal is as much a decision as a grant, and one made
 * on missing directory facts ({@code PARTY_NOT_IN_DIRECTORY}) must be visible, not a line in a log. The programme
 * year's row gives the policy clause. It keeps of the contract what its readers are found by: the region of its
 * would-be beneficiary (the admins of that sub-market read it; {@code ProgrammeTerms.refusalRegion}) and the USCCs
 * of its seller, buyer and intermediary (their users read it).
 */
@Entity
@Table(name = "ineligibility")
public class Ineligibility {

    @Id
    UUID id;

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    /** Null for a refusal of something else than a contract (a qualification: see {@link #subjectType}). */
    @Column(name = "contract_id")
    UUID contractId;

    /** What was assessed: CONTRACT, or QUALIFICATION (高企 recognition). */
    @Column(name = "subject_type", nullable = false, length = 20)
    String subjectType;

    /** The contract or the qualification. */
    @Column(name = "subject_id", nullable = false)
    UUID subjectId;

    /** How people name it: the registration number, the certificate number. */
    @Column(name = "subject_reference", length = 64)
    String subjectReference;

    /** The would-be beneficiary of a refusal that is not a contract's (the qualification's holder), who reads it. */
    @Column(name = "beneficiary_uscc", length = 18)
    String beneficiaryUscc;

    /** Why, clause by clause ({@code programme.Explanation} as JSON); null for refusals recorded before. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    String explanation;

    /** The version of the registration it was assessed on: 0 the registration, n its n-th amendment (变更登记). */
    @Column(name = "amendment_number", nullable = false)
    int amendmentNumber;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    Assessment.Reason reason;

    @Column(nullable = false, length = 2000)
    String facts;

    @Column(name = "registration_number", length = 16)
    String registrationNumber;

    /** The would-be beneficiary's region as of the registration (null only on rows V5 could not backfill). */
    @Column(length = 6)
    String region;

    @Column(name = "seller_uscc", length = 18)
    String sellerUscc;

    @Column(name = "buyer_uscc", length = 18)
    String buyerUscc;

    /** Null when no intermediary brokered the contract. */
    @Column(name = "intermediary_uscc", length = 18)
    String intermediaryUscc;

    @Column(name = "source_event_id", nullable = false)
    UUID sourceEventId;

    @Column(name = "assessed_at", nullable = false)
    Instant assessedAt;

    protected Ineligibility() {
        // for Hibernate
    }

    static Ineligibility of(ContractRegistered contract, int amendmentNumber, ProgrammeTerms terms,
            Assessment.Ineligible no, int year, String region, UUID sourceEventId, Instant now) {
        Ineligibility i = new Ineligibility();
        i.id = UUID.randomUUID();
        i.programmeCode = terms.code();
        i.budgetYear = year;
        i.contractId = contract.contractId();
        i.amendmentNumber = amendmentNumber;
        i.registrationNumber = contract.registrationNumber();
        i.region = region;
        i.sellerUscc = contract.seller().uscc();
        i.buyerUscc = contract.buyer().uscc();
        i.intermediaryUscc = contract.intermediary() == null ? null : contract.intermediary().uscc();
        i.subjectType = "CONTRACT";
        i.subjectId = contract.contractId();
        i.subjectReference = contract.registrationNumber();
        i.reason = no.reason();
        i.facts = clip(no.facts());
        i.explanation = ExplanationJson.write(no.explanation());
        i.sourceEventId = sourceEventId;
        i.assessedAt = now;
        return i;
    }

    /**
     * A qualification gave its holder nothing under a programme (高企 recognition); placed in {@code region} (the
     * holder's, or the programme's sub-market when the directory did not know the holder).
     */
    static Ineligibility ofQualification(String holderUscc, Qualification qualification, ProgrammeTerms terms,
            Assessment.Ineligible no, int year, String region, UUID sourceEventId, Instant now) {
        Ineligibility i = new Ineligibility();
        i.id = UUID.randomUUID();
        i.programmeCode = terms.code();
        i.budgetYear = year;
        i.amendmentNumber = 0;
        i.subjectType = Entitlement.SUBJECT_QUALIFICATION;
        i.subjectId = qualification.id();
        i.subjectReference = qualification.number();
        i.beneficiaryUscc = holderUscc;
        i.region = region;
        i.reason = no.reason();
        i.facts = clip(no.facts());
        i.explanation = ExplanationJson.write(no.explanation());
        i.sourceEventId = sourceEventId;
        i.assessedAt = now;
        return i;
    }

    /**
     * An accepted 揭榜 milestone gave its winner nothing under a programme; placed in the challenge's sub-market.
     */
    static Ineligibility ofMilestone(MilestoneAccepted milestone, ProgrammeTerms terms, Assessment.Ineligible no,
            int year, UUID sourceEventId, Instant now) {
        Ineligibility i = new Ineligibility();
        i.id = UUID.randomUUID();
        i.programmeCode = terms.code();
        i.budgetYear = year;
        i.amendmentNumber = 0;
        i.subjectType = Entitlement.SUBJECT_CHALLENGE;
        i.subjectId = Entitlement.milestoneSubject(milestone.challengeId(), milestone.number());
        i.subjectReference = Entitlement.milestoneReference(milestone);
        i.beneficiaryUscc = milestone.beneficiary().uscc();
        i.region = milestone.regionCode();
        i.reason = no.reason();
        i.facts = clip(no.facts());
        i.explanation = ExplanationJson.write(no.explanation());
        i.sourceEventId = sourceEventId;
        i.assessedAt = now;
        return i;
    }

    /** Why, clause by clause; {@code null} for refusals recorded before explanations were kept. */
    public Explanation explanation() {
        return ExplanationJson.read(explanation);
    }

    /** Whether {@code uscc}'s users may read it: a party of its contract, or the holder of its qualification. */
    boolean concerns(String uscc) {
        return uscc != null && (uscc.equals(sellerUscc) || uscc.equals(buyerUscc) || uscc.equals(intermediaryUscc)
                || uscc.equals(beneficiaryUscc));
    }

    static String clip(String facts) {
        return facts.length() <= 2000 ? facts : facts.substring(0, 1999) + "…";
    }

    UUID id() {
        return id;
    }

    public Assessment.Reason reason() {
        return reason;
    }

    public String facts() {
        return facts;
    }
}
