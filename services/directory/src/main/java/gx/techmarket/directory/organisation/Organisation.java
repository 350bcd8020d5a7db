package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.ChangingAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** 机构: one organisation of the market as the directory knows it. */
@Entity
@Table(name = "organisation")
public class Organisation extends ChangingAggregate {

    @Column(nullable = false, length = 18, unique = true, updatable = false)
    String uscc;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "name_en", length = 200)
    String nameEn;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    OrgKind kind;

    @Column(nullable = false, length = 6)
    String region;

    @Column(name = "parent_uscc", length = 18)
    String parentUscc;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    OrganisationStatus status;

    @Column(name = "verified_at")
    Instant verifiedAt;

    @Column(name = "verified_by", length = 200)
    String verifiedBy;

    @Column(name = "suspended_at")
    Instant suspendedAt;

    @Column(name = "suspended_by", length = 200)
    String suspendedBy;

    @Column(name = "suspension_reason", length = 500)
    String suspensionReason;

    @Column(name = "bank_name", length = 100)
    String bankName;

    @Column(name = "bank_account_number", length = 32)
    String bankAccountNumber;

    @Column(name = "bank_account_name", length = 200)
    String bankAccountName;

    @Column(name = "bank_verified_at")
    Instant bankVerifiedAt;

    @Column(name = "bank_verified_by", length = 200)
    String bankVerifiedBy;

    protected Organisation() {
        // for Hibernate
    }

    /** An organisation as an admin enters it: an application until it is verified. */
    public Organisation(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc,
            Instant now) {
        super(UUID.randomUUID(), now);
        this.uscc = Objects.requireNonNull(uscc, "uscc");
        this.name = name;
        this.nameEn = nameEn;
        this.kind = kind;
        this.region = region;
        this.parentUscc = parentUscc;
        this.status = OrganisationStatus.APPLIED;
    }

    /** The fields an edit may change; the names are those of OrganisationChanged's {@code changed}. */
    record Facts(String name, String nameEn, OrgKind kind, String region, String parentUscc) {}

    Facts facts() {
        return new Facts(name, nameEn, kind, region, parentUscc);
    }

    /** The names of the facts that differ, in the order of {@link Facts}. */
    static List<String> changed(Facts before, Facts after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!Objects.equals(before.nameEn(), after.nameEn())) {
            changed.add("nameEn");
        }
        if (before.kind() != after.kind()) {
            changed.add("kind");
        }
        if (!before.region().equals(after.region())) {
            changed.add("region");
        }
        if (!Objects.equals(before.parentUscc(), after.parentUscc())) {
            changed.add("parentUscc");
        }
        return changed;
    }

    void edit(Facts facts, Instant now) {
        name = facts.name();
        nameEn = facts.nameEn();
        kind = facts.kind();
        region = facts.region();
        parentUscc = facts.parentUscc();
        touch(now);
    }

    void verify(String username, Instant now) {
        status = OrganisationStatus.LIFECYCLE.apply("verify", status);
        verifiedAt = now;
        verifiedBy = username;
        suspendedAt = null;
        suspendedBy = null;
        suspensionReason = null;
        touch(now);
    }

    void suspend(String username, String reason, Instant now) {
        status = OrganisationStatus.LIFECYCLE.apply("suspend", status);
        suspendedAt = now;
        suspendedBy = username;
        suspensionReason = reason;
        touch(now);
    }

    /** A new account, or a change of it: unverified until an admin verifies it. */
    void setBankAccount(String bank, String number, String accountName, Instant now) {
        bankName = bank;
        bankAccountNumber = number;
        bankAccountName = accountName;
        bankVerifiedAt = null;
        bankVerifiedBy = null;
        touch(now);
    }

    void verifyBankAccount(String username, Instant now) {
        bankVerifiedAt = now;
        bankVerifiedBy = username;
        touch(now);
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrgKind kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    public String parentUscc() {
        return parentUscc;
    }

    public OrganisationStatus status() {
        return status;
    }

    public boolean isVerified() {
        return status == OrganisationStatus.VERIFIED;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    boolean hasBankAccount() {
        return bankName != null;
    }

    boolean bankAccountVerified() {
        return bankVerifiedAt != null;
    }

    public Party party() {
        return new Party(uscc, name, kind, region, parentUscc);
    }

    /** The organisation's facts and standing, as its history shows them before and after a change. */
    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("uscc", uscc);
        s.put("name", name);
        s.put("nameEn", nameEn);
        s.put("kind", kind.name());
        s.put("region", region);
        s.put("parentUscc", parentUscc);
        s.put("status", status.name());
        if (suspensionReason != null) {
            s.put("suspensionReason", suspensionReason);
        }
        return s;
    }

    Map<String, Object> bankSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("bankName", bankName);
        s.put("accountNumber", bankAccountNumber);
        s.put("accountName", bankAccountName);
        s.put("verified", bankVerifiedAt != null);
        return s;
    }
}
