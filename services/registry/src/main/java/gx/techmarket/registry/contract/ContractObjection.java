package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An 异议 against a contract's registration (or its refusal), raised by a party or by the tax or finance authority
 * (acting through an admin account), and reviewed by the registering point. Part of the contract: it changes through
 * the contract, whose version guards it.
 */
@Entity
@Table(name = "contract_objection")
public class ContractObjection {

    /** Who raised it: a party of the contract, or an authority (an admin operating the contract's sub-market). */
    public enum RaisedAs { PARTY, AUTHORITY }

    /** The state of the review; OPEN until the registering point decides. */
    public enum Status { OPEN, UPHELD, DISMISSED }

    /** The point's decision: upheld (it then amends or deregisters, separate actions) or dismissed. */
    public enum Outcome { UPHELD, DISMISSED }

    /** A decision can be objected to once made: a registration, an amended one, or a refusal. */
    static final Set<ContractStatus> OPEN_TO_OBJECTION =
            Set.of(ContractStatus.REGISTERED, ContractStatus.AMENDED, ContractStatus.NOT_REGISTERED);

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    Contract contract;

    @Column(name = "raised_by_uscc", nullable = false, length = 18)
    String raisedByUscc;

    @Column(name = "raised_by_name", nullable = false, length = 200)
    String raisedByName;

    @Column(name = "raised_as", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    RaisedAs raisedAs;

    @Column(nullable = false, length = 2000)
    String grounds;

    @Column(name = "raised_by", nullable = false, length = 200)
    String raisedBy;

    @Column(name = "raised_at", nullable = false)
    Instant raisedAt;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    Status status;

    @Column(length = 2000)
    String explanation;

    @Column(name = "resolved_by", length = 200)
    String resolvedBy;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    protected ContractObjection() {
        // for Hibernate
    }

    ContractObjection(UUID id, Contract contract, Party by, RaisedAs as, String grounds, String username,
            Instant now) {
        this.id = id;
        this.contract = contract;
        this.raisedByUscc = by.uscc();
        this.raisedByName = by.name();
        this.raisedAs = as;
        this.grounds = grounds;
        this.raisedBy = username;
        this.raisedAt = now;
        this.status = Status.OPEN;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    void resolve(Outcome outcome, String why, String username, Instant now) {
        if (!isOpen()) {
            throw ProblemException.conflict("OBJECTION_ALREADY_RESOLVED");
        }
        status = outcome == Outcome.UPHELD ? Status.UPHELD : Status.DISMISSED;
        explanation = why;
        resolvedBy = username;
        resolvedAt = now;
    }

    public UUID id() {
        return id;
    }
}
