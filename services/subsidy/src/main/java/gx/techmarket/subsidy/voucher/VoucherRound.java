package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 创新券发放批次: a round of vouchers drawing on a VOUCHER programme's budget for one year. */
@Entity
@Table(name = "voucher_round")
public class VoucherRound extends Aggregate {

    /** The only qualification a round can require today: 科技型中小企业. */
    static final String TECH_SME = "TECH_SME";

    @Column(name = "programme_code", nullable = false, length = 64)
    String programmeCode;

    @Column(name = "budget_year", nullable = false)
    int budgetYear;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "face_value", nullable = false, precision = 18, scale = 2)
    BigDecimal faceValue;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    VoucherMode mode;

    @Column(name = "fee_share", nullable = false, precision = 7, scale = 6)
    BigDecimal feeShare;

    @Column(name = "apply_from", nullable = false)
    LocalDate applyFrom;

    @Column(name = "apply_to", nullable = false)
    LocalDate applyTo;

    @Column(name = "expires_on", nullable = false)
    LocalDate expiresOn;

    @Column(name = "eligible_qualification", nullable = false, length = 40)
    String eligibleQualification;

    @Column(name = "sub_market", nullable = false, length = 6)
    String subMarket;

    @Column(name = "opened_by", nullable = false, length = 18)
    String openedBy;

    protected VoucherRound() {
        // for Hibernate
    }

    VoucherRound(String programmeCode, int budgetYear, String name, BigDecimal faceValue, VoucherMode mode,
            BigDecimal feeShare, LocalDate applyFrom, LocalDate applyTo, LocalDate expiresOn, String subMarket,
            String openedBy, Instant now) {
        super(UUID.randomUUID(), now);
        this.programmeCode = programmeCode;
        this.budgetYear = budgetYear;
        this.name = name;
        this.faceValue = faceValue;
        this.mode = mode;
        this.feeShare = feeShare;
        this.applyFrom = applyFrom;
        this.applyTo = applyTo;
        this.expiresOn = expiresOn;
        this.eligibleQualification = TECH_SME;
        this.subMarket = subMarket;
        this.openedBy = openedBy;
    }

    boolean takesApplications(LocalDate day) {
        return VoucherRules.takesApplications(applyFrom, applyTo, day);
    }
}
