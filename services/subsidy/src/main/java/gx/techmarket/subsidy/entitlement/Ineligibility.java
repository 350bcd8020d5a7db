package gx.techmarket.subsidy.entitlement;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 不予补助: a programme gave a registered contract nothing, with the reason and the directory's facts the refusal
 * rests on (as of the registration). Recorded, never edited: a refusal is as much a decision as a grant, and one made
 * on missing directory facts ({@code PARTY_NOT_IN_DIRECTORY}) must be visible, not a line in a log. The programme
 * year's row gives the policy clause, the contract's event (by {@code sourceEventId}) everything else.
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

    @Column(name = "contract_id", nullable = false)
    UUID contractId;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    Assessment.Reason reason;

    @Column(nullable = false, length = 2000)
    String facts;

    @Column(name = "source_event_id", nullable = false)
    UUID sourceEventId;

    @Column(name = "assessed_at", nullable = false)
    Instant assessedAt;

    protected Ineligibility() {
        // for Hibernate
    }

    static Ineligibility of(ContractRegistered contract, ProgrammeTerms terms, Assessment.Ineligible no, int year,
            UUID sourceEventId, Instant now) {
        Ineligibility i = new Ineligibility();
        i.id = UUID.randomUUID();
        i.programmeCode = terms.code();
        i.budgetYear = year;
        i.contractId = contract.contractId();
        i.reason = no.reason();
        i.facts = clip(no.facts());
        i.sourceEventId = sourceEventId;
        i.assessedAt = now;
        return i;
    }

    static String clip(String facts) {
        return facts.length() <= 2000 ? facts : facts.substring(0, 1999) + "…";
    }

    public Assessment.Reason reason() {
        return reason;
    }

    public String facts() {
        return facts;
    }
}
