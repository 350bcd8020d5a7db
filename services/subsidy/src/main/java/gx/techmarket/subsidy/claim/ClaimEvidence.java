package gx.techmarket.subsidy.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One file of a claim's evidence: what the claimant called it, the type recognised from its content, its hash. */
@Entity
@Table(name = "claim_evidence")
public class ClaimEvidence {

    @Id
    UUID id;

    @Column(name = "claim_id", nullable = false)
    UUID claimId;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    EvidenceKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    String mediaType;

    @Column(nullable = false)
    long size;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    protected ClaimEvidence() {
        // for Hibernate
    }

    ClaimEvidence(UUID claimId, EvidenceKind kind, String fileName, AllowedType type, long size, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.claimId = claimId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }
}
