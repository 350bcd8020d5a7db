package gx.techmarket.bidding.challenge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A document of a bid as the API shows it to those who see the bid.
 *
 * @param actions {@code download} (whoever sees the bid), {@code delete} (the lead's users while the bid can change)
 */
public record BidDocumentView(UUID id, UUID bidId, String fileName, String mediaType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, List<String> actions) {

    static BidDocumentView of(BidDocument d, boolean changeable) {
        return new BidDocumentView(d.id, d.bidId, d.fileName, d.mediaType, d.size, d.sha256, d.uploadedBy,
                d.uploadedAt, changeable ? List.of("download", "delete") : List.of("download"));
    }

    /**
     * The documents of a bid with the limits of an upload.
     *
     * @param actions {@code upload} (the lead's users while the bid can change and holds fewer than the most)
     */
    public record Documents(List<BidDocumentView> items, long maxFileSize, int maxFiles, List<String> mediaTypes,
            List<String> actions) {}

    /** A document's content with what a download is served with. */
    public record Download(String fileName, String mediaType, long size, java.io.InputStream content) {}
}
