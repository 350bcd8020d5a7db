package gx.techmarket.subsidy.claim;

import java.time.Instant;
import java.util.UUID;

/** One file of a claim's evidence as the API shows it (the content is downloaded from {@code href}). */
public record EvidenceView(UUID id, EvidenceKind kind, String fileName, String mediaType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, String href) {

    static EvidenceView of(ClaimEvidence e) {
        return new EvidenceView(e.id, e.kind, e.fileName, e.mediaType, e.size, e.sha256, e.uploadedBy, e.uploadedAt,
                "/claims/" + e.claimId + "/evidence/" + e.id);
    }
}
