package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.problems.Term;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.ledger.Posting;
import gx.techmarket.subsidy.programme.Explanation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/**
 * 补助申报: a beneficiary's claim for money under a programme that needs one (需申报), with its evidence. Its amount is
 * fixed when an admin approves it, and charged to the programme-year's budget when the budget covers it.
 */
@Entity
@Table(name = "claim")
public class Claim extends Aggregate {

    /** What a ledger entry of a claim names as its source ({@code journal_entry.source_type}). */
    public static final String SOURCE_TYPE = "CLAIM";

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(name = "entitlement_id")
    UUID entitlementId;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ClaimKind kind;

    @Column(name = "beneficiary_uscc", nullable = false, length = 18)
    String beneficiaryUscc;

    @Column(name = "beneficiary_name", nullable = false, length = 200)
    String beneficiaryName;

    @Column(name = "beneficiary_region", nullable = false, length = 6)
    String beneficiaryRegion;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ClaimStatus status;

    @Column(precision = 18, scale = 2)
    BigDecimal amount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    Explanation explanation;

    @Column(length = 1000)
    String note;

    @Column(name = "decision_reason", length = 1000)
    String decisionReason;

    @Column(name = "end_reason", length = 1000)
    String endReason;

    @Column(name = "journal_entry_id")
    UUID journalEntryId;

    @Column(name = "reversal_entry_id")
    UUID reversalEntryId;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "verified_by", length = 100)
    String verifiedBy;

    @Column(name = "verified_at")
    Instant verifiedAt;

    @Column(name = "decided_by", length = 100)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "granted_at")
    Instant grantedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_payment", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    @ListIndexBase(1)
    List<Payment> payments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_expense", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "line_no")
    @ListIndexBase(1)
    List<Expense> expenses = new ArrayList<>();

    protected Claim() {
        // for Hibernate
    }

    /** A new draft. */
    static Claim draft(String programmeCode, int budgetYear, UUID entitlementId, ClaimKind kind, String uscc,
            String name, String region, String createdBy, Instant now) {
        Claim c = new Claim();
        c.id = UUID.randomUUID();
        c.programmeCode = programmeCode;
        c.budgetYear = budgetYear;
        c.entitlementId = entitlementId;
        c.kind = kind;
        c.beneficiaryUscc = uscc;
        c.beneficiaryName = name;
        c.beneficiaryRegion = region;
        c.status = ClaimStatus.DRAFT;
        c.createdBy = createdBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** Replaces what the claimant declares; only while the claim is a draft or returned. */
    void declare(List<Payment> newPayments, List<Expense> newExpenses, String newNote, Instant now) {
        if (!status.editable()) {
            throw ProblemException.conflict("CLAIM_NOT_EDITABLE", Term.state("Claim", status));
        }
        payments.clear();
        payments.addAll(newPayments);
        expenses.clear();
        expenses.addAll(newExpenses);
        note = newNote;
        updatedAt = now;
    }

    void submit(Explanation preview, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("submit", status);
        explanation = preview;
        decisionReason = null;
        submittedAt = now;
        updatedAt = now;
    }

    void verify(String by, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("verify", status);
        verifiedBy = by;
        verifiedAt = now;
        updatedAt = now;
    }

    /** Approves it with the amount and explanation computed now; {@link #grant} charges the budget. */
    void approve(BigDecimal approved, Explanation why, String by, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("approve", status);
        amount = approved;
        explanation = why;
        decidedBy = by;
        decidedAt = now;
        approvedAt = now;
        updatedAt = now;
    }

    /**
     * Posts its {@code GRANT} entry (Dr the programme-year's budget, Cr what the programme owes the beneficiary). The
     * caller holds the budget's lock and has checked that the amount fits.
     */
    UUID grant(Ledger ledger, Instant now) {
        ClaimStatus next = ClaimStatus.LIFECYCLE.apply("grant", status);
        journalEntryId = ledger.post(Posting.of(EntryKind.GRANT,
                "补助申报核准 " + programmeCode + " " + budgetYear + "：" + beneficiaryName + "（申报 " + id + "）",
                SOURCE_TYPE, id, List.of(
                        Posting.Line.debit(Account.budget(programmeCode, budgetYear), amount),
                        Posting.Line.credit(Account.payable(programmeCode, beneficiaryUscc), amount))));
        grantedAt = now;
        status = next;
        updatedAt = now;
        return journalEntryId;
    }

    void returnForCorrection(String reason, String by, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("return", status);
        decide(reason, by, now);
    }

    void reject(String reason, String by, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("reject", status);
        decide(reason, by, now);
    }

    private void decide(String reason, String by, Instant now) {
        decisionReason = clip(reason);
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /** Reverses its grant (the exact opposite of its GRANT entry); the caller holds the budget's lock. */
    UUID reverse(Ledger ledger, String reason, Instant now) {
        ClaimStatus next = ClaimStatus.LIFECYCLE.apply("reverse", status);
        reversalEntryId = ledger.reverse(journalEntryId, reason);
        endReason = clip(reason);
        endedAt = now;
        status = next;
        updatedAt = now;
        return reversalEntryId;
    }

    /** Closes a claim not granted yet: nothing was posted, so nothing is reversed. */
    void close(String reason, Instant now) {
        status = ClaimStatus.LIFECYCLE.apply("close", status);
        endReason = clip(reason);
        endedAt = now;
        updatedAt = now;
    }

    BigDecimal paid() {
        return payments.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal expensed() {
        return expenses.stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean isFor(String uscc) {
        return beneficiaryUscc.equals(uscc);
    }

    public ClaimStatus status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    private static String clip(String reason) {
        String r = reason.strip();
        return r.length() <= 1000 ? r : r.substring(0, 999) + "…";
    }
}
