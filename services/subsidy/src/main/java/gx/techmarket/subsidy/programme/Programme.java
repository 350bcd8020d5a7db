package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.contracts.events.ContractCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A programme (补助项目) in one budget year: its settings and the budget allocated to it. */
@Entity
@Table(name = "programme")
public class Programme extends Aggregate {

    @Column(nullable = false, length = 64)
    String code;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    RuleKind rule;

    @Column(name = "name_zh", nullable = false, length = 200)
    String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    String nameEn;

    @Column(name = "policy_clause", nullable = false, length = 1000)
    String policyClause;

    /** {@code null} for rules without a rate (高企 recognition, vouchers). */
    @Column(precision = 7, scale = 6)
    BigDecimal rate;

    @Column(name = "per_contract_cap", precision = 18, scale = 2)
    BigDecimal perContractCap;

    @Column(name = "minimum_basis", precision = 18, scale = 2)
    BigDecimal minimumBasis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_categories", nullable = false, columnDefinition = "text[]")
    List<String> eligibleCategories = new ArrayList<>();

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal budget;

    /** The region of the sub-market that runs it (450000 the province, 451000 百色, …). */
    @Column(name = "sub_market", nullable = false, length = 6)
    String subMarket;

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

    @Column(name = "effective_from")
    LocalDate effectiveFrom;

    /** OPEN, or CLOSED: nothing dated after {@link #closedAt} is assessed under it. */
    @Column(nullable = false, length = 20)
    String status;

    @Column(name = "closed_at")
    Instant closedAt;

    protected Programme() {
        // for Hibernate
    }

    static Programme open(ProgrammeTerms terms, String nameZh, String nameEn, int year, Instant now) {
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.code = terms.code();
        p.budgetYear = year;
        p.rule = terms.rule();
        p.nameZh = nameZh;
        p.nameEn = nameEn;
        p.policyClause = terms.policyClause();
        p.rate = terms.rate();
        p.perContractCap = terms.perContractCap();
        p.minimumBasis = terms.minimumBasis();
        p.eligibleCategories = new ArrayList<>(terms.eligibleCategories().stream().map(Enum::name).sorted().toList());
        p.subMarket = terms.subMarket();
        p.grantMode = terms.grantMode();
        p.approval = terms.approval();
        p.perBeneficiaryYearCap = terms.perBeneficiaryYearCap();
        p.minimumAmount = terms.minimumAmount();
        p.fixedAmount = terms.fixedAmount();
        p.renewalAmount = terms.renewalAmount();
        p.effectiveFrom = terms.effectiveFrom();
        p.status = "OPEN";
        p.budget = BigDecimal.ZERO.setScale(2);
        p.createdAt = now;
        return p;
    }

    /** The rule and settings, as plain Java. */
    public ProgrammeTerms terms() {
        EnumSet<ContractCategory> categories = EnumSet.noneOf(ContractCategory.class);
        eligibleCategories.forEach(c -> categories.add(ContractCategory.valueOf(c)));
        return new ProgrammeTerms(code, rule, rate, perContractCap, minimumBasis, categories, policyClause, subMarket,
                grantMode, approval, perBeneficiaryYearCap, minimumAmount, fixedAmount, renewalAmount, effectiveFrom);
    }

    public String code() {
        return code;
    }

    public int budgetYear() {
        return budgetYear;
    }

    public String nameZh() {
        return nameZh;
    }

    public BigDecimal budget() {
        return budget;
    }
}
