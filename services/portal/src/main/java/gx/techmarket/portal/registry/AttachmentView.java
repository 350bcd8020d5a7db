package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A document attached to a contract (the signed contract, a patent certificate …), as the registry stores it. */
@TemplateData
public record AttachmentView(UUID id, String kind, String kindLabel, String fileName, String mediaType, long size,
        String sha256, Instant uploadedAt, List<String> actions) implements Actionable {

    /** The size as people read it (KB, MB). */
    public String readableSize() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size + 512) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%d.%d MB", size / (1024 * 1024),
                size % (1024 * 1024) * 10 / (1024 * 1024));
    }
}
