package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 应享补助: what one programme gives one organisation for one registered contract, traceable to the contract, its
 * registration number and the policy clause.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement {

    @Id
    UUID id;

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(name = "policy_clause", nullable = false, length = 1000)
    String policyClause;

    @Column(name = "contract_id", nullable = false)
    UUID contractId;

    @Column(name = "registration_number", nullable = false, length = 14)
    String registrationNumber;

    @Column(name = "contract_title", nullable = false, length = 200)
    String contractTitle;

    @Column(name = "contract_type", nullable = false, length = 40)
    String contractType;

    @Column(name = "beneficiary_uscc", nullable = false, length = 18)
    String beneficiaryUscc;

    @Column(name = "beneficiary_name", nullable = false, length = 200)
    String beneficiaryName;

    @Column(name = "beneficiary_kind", nullable = false, length = 20)
    String beneficiaryKind;

    @Column(name = "beneficiary_region", nullable = false, length = 6)
    String beneficiaryRegion;

    @Column(name = "beneficiary_parent_uscc", length = 18)
    String beneficiaryParentUscc;

    @Column(name = "basis_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal basisAmount;

    @Column(nullable = false, precision = 7, scale = 6)
    BigDecimal rate;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false)
    boolean capped;

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

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "granted_at")
    Instant grantedAt;

    @Column(name = "reversed_at")
    Instant reversedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected Entitlement() {
        // for Hibernate
    }

    /** A new entitlement, waiting for its budget until {@link #grant} posts it. */
    static Entitlement derive(ContractRegistered contract, ProgrammeTerms terms, Assessment.Eligible eligible, int year,
            UUID sourceEventId, Instant now) {
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.programmeCode = terms.code();
        e.budgetYear = year;
        e.policyClause = terms.policyClause();
        e.contractId = contract.contractId();
        e.registrationNumber = contract.registrationNumber();
        e.contractTitle = contract.title();
        e.contractType = contract.contractType().name();
        Party b = eligible.beneficiary();
        e.beneficiaryUscc = b.uscc();
        e.beneficiaryName = b.name();
        e.beneficiaryKind = b.kind().name();
        e.beneficiaryRegion = b.region();
        e.beneficiaryParentUscc = b.parentUscc();
        e.basisAmount = eligible.basis();
        e.rate = eligible.rate();
        e.amount = eligible.amount();
        e.capped = eligible.capped();
        e.status = EntitlementStatus.WAITING_FOR_BUDGET;
        e.sourceEventId = sourceEventId;
        e.registeredAt = contract.registeredAt();
        e.createdAt = now;
        return e;
    }

    void grant(UUID journalEntryId, Instant now) {
        move(EntitlementStatus.GRANTED);
        this.journalEntryId = journalEntryId;
        this.grantedAt = now;
    }

    void reverse(UUID reversalEntryId, Instant now) {
        move(EntitlementStatus.REVERSED);
        this.reversalEntryId = reversalEntryId;
        this.reversedAt = now;
    }

    private void move(EntitlementStatus next) {
        if (!status.canBecome(next)) {
            throw ProblemException.illegalTransition("Entitlement", status, next);
        }
        status = next;
    }

    Party beneficiary() {
        return new Party(beneficiaryUscc, beneficiaryName, OrgKind.valueOf(beneficiaryKind), beneficiaryRegion,
                beneficiaryParentUscc);
    }

    boolean isFor(String uscc) {
        return beneficiaryUscc.equals(uscc);
    }

    public UUID id() {
        return id;
    }

    public EntitlementStatus status() {
        return status;
    }
}
