package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A contract's documents as the registry lists them: the attachments, whether the caller may upload now
 * ({@code actions: ["upload"]}), the kinds the contract's type requires and those still missing, and the limits.
 */
@TemplateData
public record AttachmentList(List<AttachmentView> items, List<String> actions, List<Kind> required,
        List<Kind> missing, long maxFileSize, int maxFiles, List<String> mediaTypes) implements Actionable {

    public AttachmentList {
        items = items == null ? List.of() : items;
        required = required == null ? List.of() : required;
        missing = missing == null ? List.of() : missing;
        mediaTypes = mediaTypes == null ? List.of() : mediaTypes;
    }

    /** A kind of document with its label in the caller's language. */
    @TemplateData
    public record Kind(String kind, String label) {}
}
