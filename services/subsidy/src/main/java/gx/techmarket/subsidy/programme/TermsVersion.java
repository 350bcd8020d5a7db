package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a programme-year's terms (ADR 0025): complete, in force from {@code effectiveFrom} until the next
 * version's day, never edited (a trigger refuses UPDATE and DELETE). Version 1 is what the programme was opened with.
 */
@Entity
@Table(name = "programme_terms")
public class TermsVersion {

    @Id
    UUID id;

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(nullable = false)
    int version;

    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;

    @Column(precision = 7, scale = 6)
    BigDecimal rate;

    @Column(name = "per_contract_cap", precision = 18, scale = 2)
    BigDecimal perContractCap;

    @Column(name = "minimum_basis", precision = 18, scale = 2)
    BigDecimal minimumBasis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_categories", nullable = false, columnDefinition = "text[]")
    List<String> eligibleCategories = new ArrayList<>();

    @Column(name = "policy_clause", nullable = false, length = 1000)
    String policyClause;

    @Column(name = "grant_mode", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    GrantMode grantMode;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ApprovalMode approval;

    @Column(name = "per_beneficiary_year_cap", precision = 18, scale = 2)
    BigDecimal perBeneficiaryYearCap;

    @Column(name = "minimum_amount", precision = 18, scale = 2)
    BigDecimal minimumAmount;

    @Column(name = "fixed_amount", precision = 18, scale = 2)
    BigDecimal fixedAmount;

    @Column(name = "renewal_amount", precision = 18, scale = 2)
    BigDecimal renewalAmount;

    @Column(length = 500)
    String reason;

    @Column(name = "created_by", length = 200)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected TermsVersion() {
        // for Hibernate
    }

    /**
     * Version {@code version} of a programme-year's terms: {@code terms} (its rule and sub-market are the programme's
     * and do not change), in force from {@code effectiveFrom}.
     */
    static TermsVersion of(ProgrammeTerms terms, int year, int version, LocalDate effectiveFrom, String reason,
            String createdBy, Instant now) {
        TermsVersion v = new TermsVersion();
        v.id = UUID.randomUUID();
        v.programmeCode = terms.code();
        v.budgetYear = year;
        v.version = version;
        v.effectiveFrom = effectiveFrom;
        v.rate = terms.rate();
        v.perContractCap = terms.perContractCap();
        v.minimumBasis = terms.minimumBasis();
        v.eligibleCategories = new ArrayList<>(terms.eligibleCategories().stream().map(Enum::name).sorted().toList());
        v.policyClause = terms.policyClause();
        v.grantMode = terms.grantMode();
        v.approval = terms.approval();
        v.perBeneficiaryYearCap = terms.perBeneficiaryYearCap();
        v.minimumAmount = terms.minimumAmount();
        v.fixedAmount = terms.fixedAmount();
        v.renewalAmount = terms.renewalAmount();
        v.reason = reason;
        v.createdBy = createdBy;
        v.createdAt = now;
        return v;
    }

    /** This version's terms as plain Java, for a programme of {@code rule} run by {@code subMarket}. */
    ProgrammeTerms terms(RuleKind rule, String subMarket) {
        EnumSet<ContractCategory> categories = EnumSet.noneOf(ContractCategory.class);
        eligibleCategories.forEach(c -> categories.add(ContractCategory.valueOf(c)));
        return new ProgrammeTerms(programmeCode, rule, rate, perContractCap, minimumBasis, categories, policyClause,
                subMarket, grantMode, approval, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount,
                effectiveFrom);
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    TermsVersions.Dated dated() {
        return new TermsVersions.Dated(version, effectiveFrom);
    }
}
