package gx.techmarket.directory.onboarding;

import gx.techmarket.contracts.events.OrgKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * 机构入驻申请: what a newcomer says about its organisation, filed with the supporting documents. While it is under
 * way the organisation is 申请中 in the directory; the admin of its region verifies or rejects it.
 */
@Entity
@Table(name = "organisation_application")
public class Application {

    @Id
    UUID id;

    @Column(nullable = false, length = 18)
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

    @Column(name = "contact_name", nullable = false, length = 100)
    String contactName;

    @Column(name = "contact_phone", nullable = false, length = 30)
    String contactPhone;

    @Column(name = "applicant_id", nullable = false, length = 64)
    String applicantId;

    @Column(name = "applicant_username", nullable = false, length = 200)
    String applicantUsername;

    @Column(name = "applicant_name", nullable = false, length = 200)
    String applicantName;

    @Column(name = "applicant_email", length = 200)
    String applicantEmail;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ApplicationStatus status;

    @Column(name = "filed_at", nullable = false)
    Instant filedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by", length = 200)
    String decidedBy;

    @Column(name = "rejection_reason", length = 500)
    String rejectionReason;

    @Version
    long version;

    protected Application() {
        // for Hibernate
    }

    Application(ApplicationRequest.Facts facts, Newcomer applicant, Instant now) {
        this.id = UUID.randomUUID();
        this.uscc = facts.uscc();
        this.name = facts.name();
        this.nameEn = facts.nameEn();
        this.kind = facts.kind();
        this.region = facts.region();
        this.parentUscc = facts.parentUscc();
        this.contactName = facts.contactName();
        this.contactPhone = facts.contactPhone();
        this.applicantId = applicant.userId();
        this.applicantUsername = applicant.username();
        this.applicantName = applicant.displayName();
        this.applicantEmail = applicant.email();
        this.status = ApplicationStatus.PENDING;
        this.filedAt = now;
    }

    boolean pending() {
        return status == ApplicationStatus.PENDING;
    }

    void verified(String admin, Instant now) {
        status = ApplicationStatus.VERIFIED;
        decidedBy = admin;
        decidedAt = now;
    }

    void rejected(String admin, String reason, Instant now) {
        status = ApplicationStatus.REJECTED;
        decidedBy = admin;
        decidedAt = now;
        rejectionReason = reason;
    }
}
