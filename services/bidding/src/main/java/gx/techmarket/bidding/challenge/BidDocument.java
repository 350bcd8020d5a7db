package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.web.FileNames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of a bid (揭榜方案附件, a PDF): what the bidder called it, its size and its SHA-256 (the key of its
 * content in the {@link gx.techmarket.bidding.document.DocumentStore}). A removed document stays as the record of
 * what was once attached ({@code deleted_at}); only its content may go. Sealed with its bid.
 */
@Entity
@Table(name = "bid_document")
class BidDocument {

    @Id
    UUID id;

    @Column(name = "bid_id", nullable = false)
    UUID bidId;

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

    protected BidDocument() {
        // for Hibernate
    }

    BidDocument(UUID id, UUID bidId, String fileName, String mediaType, long size, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.id = id;
        this.bidId = bidId;
        this.fileName = fileName;
        this.mediaType = mediaType;
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
