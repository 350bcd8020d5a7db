package gx.techmarket.subsidy.voucher;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.VoucherExpired;
import gx.techmarket.contracts.events.VoucherIssued;
import gx.techmarket.contracts.events.VoucherRedeemed;
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

    @Column(name = "holder_kind", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    OrgKind holderKind;

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

    /** {@code null} for a provider chosen before V15 kept it; its redemption takes it from the directory. */
    @Column(name = "provider_kind", length = 20)
    @Enumerated(EnumType.STRING)
    OrgKind providerKind;

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

    Voucher(UUID id, VoucherRound round, Party holder, String qualificationNumber, UUID issueEntryId, Instant now) {
        super(id, now);
        this.roundId = round.id();
        this.holderUscc = holder.uscc();
        this.holderName = holder.name();
        this.holderRegion = holder.region();
        this.holderKind = holder.kind();
        this.qualificationNumber = qualificationNumber;
        this.faceValue = round.faceValue;
        this.status = VoucherStatus.ISSUED;
        this.issuedAt = now;
        this.issueEntryId = issueEntryId;
    }

    /** The fact of its issue, in its {@code round}. */
    VoucherIssued issued(VoucherRound round) {
        return new VoucherIssued(id, round.id(), round.programmeCode, round.budgetYear, round.subMarket, holder(),
                faceValue, issuedAt);
    }

    void chooseProvider(Party provider, Instant now) {
        this.providerUscc = provider.uscc();
        this.providerName = provider.name();
        this.providerRegion = provider.region();
        this.providerKind = provider.kind();
        this.providerChosenAt = now;
    }

    /** The holder as the voucher recorded it at issue. */
    Party holder() {
        return Party.of(holderUscc, holderName, holderKind, holderRegion);
    }

    /** The chosen provider as the voucher recorded it; {@code null} while none is chosen. */
    Party provider() {
        return providerUscc == null ? null : Party.of(providerUscc, providerName, providerKind, providerRegion);
    }

    /**
     * The redemption's facts, once its ledger entry is posted; {@code providerKind} the provider's kind as the directory
     * has it now, kept if the voucher kept none when the provider was chosen.
     */
    record Redemption(String registrationNumber, UUID contractId, BigDecimal fee, LocalDate paidOn,
            String paymentReference, BigDecimal amount, BigDecimal returned, String payeeUscc, UUID entryId,
            String redeemedBy, OrgKind providerKind) {}

    /** Records the redemption in its {@code round} and returns its fact. */
    VoucherRedeemed redeemed(VoucherRound round, Redemption r, Instant now) {
        if (providerKind == null) {
            this.providerKind = r.providerKind();
        }
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
        return redemption(round);
    }

    /** The fact of its redemption as recorded (status REDEEMED, the provider's kind known). */
    VoucherRedeemed redemption(VoucherRound round) {
        return new VoucherRedeemed(id, round.programmeCode, round.budgetYear, round.subMarket, holder(), provider(),
                contractId, registrationNumber, faceValue, redeemedAmount, returnedAmount, redeemedAt);
    }

    /** The fact of its expiry as recorded (status EXPIRED). */
    VoucherExpired expiry(VoucherRound round) {
        return new VoucherExpired(id, round.programmeCode, round.budgetYear, round.subMarket, holder(), faceValue,
                expiredAt);
    }

    /** The provider's kind, for a provider chosen before the voucher kept it (as the directory has it). */
    void learnProviderKind(OrgKind kind) {
        if (providerKind == null) {
            providerKind = kind;
        }
    }

    /** Whether its provider's kind is unknown (a provider chosen before V15). */
    boolean providerKindUnknown() {
        return providerUscc != null && providerKind == null;
    }

    /** Records its expiry in its {@code round} and returns the fact. */
    VoucherExpired expired(VoucherRound round, UUID entryId, Instant now) {
        this.status = VoucherStatus.LIFECYCLE.apply("expire", status);
        this.expiryEntryId = entryId;
        this.expiredAt = now;
        return expiry(round);
    }
}
