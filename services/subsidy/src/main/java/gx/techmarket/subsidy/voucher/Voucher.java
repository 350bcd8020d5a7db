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

/** 创新券: one enterprise's voucher of one round, from issue to redemption or expiry. */
@Entity
@Table(name = "voucher")
public class Voucher extends Aggregate {

    @Column(name = "round_id", nullable = false)
    UUID roundId;

    @Column(name = "holder_uscc", nullable = false, length = 18)
    String holderUscc;

    @Column(name = "holder_name", nullable = false, length = 200)
    String holderName;

    @Column(name = "holder_region", nullable = false, length = 6)
    String holderRegion;

    @Column(name = "qualification_number", nullable = false, length = 64)
    String qualificationNumber;

    @Column(name = "face_value", nullable = false, precision = 18, scale = 2)
    BigDecimal faceValue;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    VoucherStatus status;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "issue_entry_id", nullable = false)
    UUID issueEntryId;

    @Column(name = "provider_uscc", length = 18)
    String providerUscc;

    @Column(name = "provider_name", length = 200)
    String providerName;

    @Column(name = "provider_region", length = 6)
    String providerRegion;

    @Column(name = "provider_chosen_at")
    Instant providerChosenAt;

    @Column(name = "registration_number", length = 16)
    String registrationNumber;

    @Column(name = "contract_id")
    UUID contractId;

    @Column(precision = 18, scale = 2)
    BigDecimal fee;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "payment_reference", length = 100)
    String paymentReference;

    @Column(name = "redeemed_amount", precision = 18, scale = 2)
    BigDecimal redeemedAmount;

    @Column(name = "returned_amount", precision = 18, scale = 2)
    BigDecimal returnedAmount;

    @Column(name = "payee_uscc", length = 18)
    String payeeUscc;

    @Column(name = "redemption_entry_id")
    UUID redemptionEntryId;

    @Column(name = "redeemed_at")
    Instant redeemedAt;

    @Column(name = "redeemed_by", length = 64)
    String redeemedBy;

    @Column(name = "expired_at")
    Instant expiredAt;

    @Column(name = "expiry_entry_id")
    UUID expiryEntryId;

    protected Voucher() {
        // for Hibernate
    }

    Voucher(UUID id, VoucherRound round, String holderUscc, String holderName, String holderRegion,
            String qualificationNumber, UUID issueEntryId, Instant now) {
        super(id, now);
        this.roundId = round.id();
        this.holderUscc = holderUscc;
        this.holderName = holderName;
        this.holderRegion = holderRegion;
        this.qualificationNumber = qualificationNumber;
        this.faceValue = round.faceValue;
        this.status = VoucherStatus.ISSUED;
        this.issuedAt = now;
        this.issueEntryId = issueEntryId;
    }

    void chooseProvider(String uscc, String name, String region, Instant now) {
        this.providerUscc = uscc;
        this.providerName = name;
        this.providerRegion = region;
        this.providerChosenAt = now;
    }

    /** The redemption's facts, once its ledger entry is posted. */
    record Redemption(String registrationNumber, UUID contractId, BigDecimal fee, LocalDate paidOn,
            String paymentReference, BigDecimal amount, BigDecimal returned, String payeeUscc, UUID entryId,
            String redeemedBy) {}

    void redeemed(Redemption r, Instant now) {
        this.status = VoucherStatus.LIFECYCLE.apply("redeem", status);
        this.registrationNumber = r.registrationNumber();
        this.contractId = r.contractId();
        this.fee = r.fee();
        this.paidOn = r.paidOn();
        this.paymentReference = r.paymentReference();
        this.redeemedAmount = r.amount();
        this.returnedAmount = r.returned();
        this.payeeUscc = r.payeeUscc();
        this.redemptionEntryId = r.entryId();
        this.redeemedBy = r.redeemedBy();
        this.redeemedAt = now;
    }

    void expired(UUID entryId, Instant now) {
        this.status = VoucherStatus.LIFECYCLE.apply("expire", status);
        this.expiryEntryId = entryId;
        this.expiredAt = now;
    }
}
