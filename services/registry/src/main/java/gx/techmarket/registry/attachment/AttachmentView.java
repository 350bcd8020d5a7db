package gx.techmarket.registry.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An attachment as the API shows it: its kind with the label in the reader's language, the display name, the type
 * recognised from the content, size in bytes, SHA-256, and the actions the caller may take on it ({@code download}
 * always, {@code delete} for the filer while the filing can be changed).
 */
public record AttachmentView(UUID id, DocumentKind kind, String kindLabel, String fileName, String mediaType,
        long size, String sha256, Instant uploadedAt, List<String> actions) {

    static AttachmentView of(ContractAttachment a, boolean changeable, Locale locale) {
        return new AttachmentView(a.id, a.kind, a.kind.label(locale), a.fileName, a.mediaType, a.size, a.sha256,
                a.uploadedAt, changeable ? List.of("download", "delete") : List.of("download"));
    }
}
