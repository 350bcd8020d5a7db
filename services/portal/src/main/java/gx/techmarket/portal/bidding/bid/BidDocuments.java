package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The documents of a bid as the bidding service lists them (sealed as the bid), with the limits of an upload and
 * {@code actions}: {@code upload} (the lead's users while the bid can change and holds fewer than the most).
 */
@TemplateData
public record BidDocuments(List<Document> items, long maxFileSize, int maxFiles, List<String> mediaTypes,
        List<String> actions) implements Actionable {

    public BidDocuments {
        items = items == null ? List.of() : items;
        mediaTypes = mediaTypes == null ? List.of() : mediaTypes;
        actions = actions == null ? List.of() : actions;
    }

    /** The largest file, in whole MiB, as the page states it. */
    public long maxMegabytes() {
        return maxFileSize / (1024 * 1024);
    }

    /** One document: {@code actions} {@code download}, {@code delete}. */
    @TemplateData
    public record Document(UUID id, UUID bidId, String fileName, String mediaType, long size, String uploadedBy,
            Instant uploadedAt, List<String> actions) implements Actionable {

        public Document {
            actions = actions == null ? List.of() : actions;
        }

        /** The size in KiB, rounded up, as the list shows it. */
        public long kilobytes() {
            return (size + 1023) / 1024;
        }
    }
}
