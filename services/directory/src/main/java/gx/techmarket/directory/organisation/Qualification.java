package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A qualification an admin granted an organisation, for a period; revoked early or ended when it passes. */
@Entity
@Table(name = "qualification")
public class Qualification extends Aggregate {

    @Column(name = "organisation_uscc", nullable = false, length = 18, updatable = false)
    String organisationUscc;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    QualificationKind kind;

    @Column(nullable = false, length = 50)
    String number;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "granted_at", nullable = false)
    Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 200)
    String grantedBy;

    @Column(nullable = false)
    boolean announced;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "revoked_by", length = 200)
    String revokedBy;

    @Column(name = "revocation_reason", length = 500)
    String revocationReason;

    @Column(name = "ended_at")
    Instant endedAt;

    protected Qualification() {
        // for Hibernate
    }

    Qualification(String organisationUscc, QualificationKind kind, String number, LocalDate validFrom,
            LocalDate validTo, String username, Instant now) {
        super(UUID.randomUUID(), now);
        this.organisationUscc = organisationUscc;
        this.kind = kind;
        this.number = number;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.grantedAt = now;
        this.grantedBy = username;
    }

    void revoke(String username, String reason, Instant now) {
        revokedAt = now;
        revokedBy = username;
        revocationReason = reason;
        endedAt = now;
    }

    /** Its period passed (the daily job). */
    void end(Instant now) {
        endedAt = now;
    }

    public String organisationUscc() {
        return organisationUscc;
    }

    public QualificationKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean announced() {
        return announced;
    }

    void announce() {
        announced = true;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Not revoked and in force on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !isRevoked() && QualificationRules.validOn(validFrom, validTo, day);
    }

    /** Not revoked and not yet past: in force now or later. */
    public boolean current(LocalDate today) {
        return !isRevoked() && (validTo == null || !validTo.isBefore(today));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("kind", kind.name());
        s.put("number", number);
        s.put("validFrom", validFrom.toString());
        s.put("validTo", validTo == null ? null : validTo.toString());
        if (revokedAt != null) {
            s.put("revoked", true);
            s.put("revocationReason", revocationReason);
        }
        return s;
    }
}
