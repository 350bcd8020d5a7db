package gx.techmarket.catalogue.result;

import java.util.UUID;

/**
 * A file attached to a result (an image or a PDF: a photograph of the product, a test report, a brochure) as views
 * show it: its name for display only, the type recognised from its bytes, its size.
 */
public record Attachment(UUID id, String fileName, String mediaType, long size) {

    /**
     * As the result keeps it: with its content's SHA-256 (the content lives once per hash in
     * {@code attachment_content}, as the registry keeps its documents, ADR 0022).
     */
    record Stored(UUID id, String fileName, String mediaType, long size, String sha256) {

        Attachment view() {
            return new Attachment(id, fileName, mediaType, size);
        }
    }
}
