package gx.techmarket.registry.attachment;

import gx.techmarket.platform.web.FileNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to a contract's filing: what it is, what the filer called it, the type recognised from its
 * content, its size and its SHA-256 (the key of the content in the {@link AttachmentStore}). A removed attachment
 * stays as a record of what was once attached ({@code deleted_at}); only its content may go.
 */
@Entity
@Table(name = "contract_attachment")
class ContractAttachment {

    @Id
    UUID id;

    @Column(name = "contract_id", nullable = false)
    UUID contractId;

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = FileNames.MAX_LENGTH)
    String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    String mediaType;

    @Column(nullable = false)
    long size;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    @Column(name = "deleted_by", length = 200)
    String deletedBy;

    @Column(name = "deleted_at")
    Instant deletedAt;

    protected ContractAttachment() {
        // for Hibernate
    }

    ContractAttachment(UUID id, UUID contractId, DocumentKind kind, String fileName, AllowedType type, long size,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.contractId = contractId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void delete(String by, Instant now) {
        deletedBy = by;
        deletedAt = now;
    }
}
