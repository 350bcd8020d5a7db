package gx.techmarket.registry.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A contract's attachments with what the portal needs around them: {@code actions} ({@code upload} when the caller
 * may add documents now), the kinds its subtype requires and those still missing (each with its label), and the
 * limits an upload is held to (bytes per file, files per contract, the accepted media types).
 */
public record AttachmentList(List<AttachmentView> items, List<String> actions, List<Kind> required,
        List<Kind> missing, long maxFileSize, int maxFiles, List<String> mediaTypes) {

    /** A document kind with its label in the reader's language. */
    public record Kind(DocumentKind kind, String label) {

        static List<Kind> of(List<DocumentKind> kinds, Locale locale) {
            return kinds.stream().map(k -> new Kind(k, k.label(locale))).toList();
        }
    }

    static List<String> allowedMediaTypes() {
        return Arrays.stream(AllowedType.values()).map(AllowedType::mediaType).toList();
    }
}
