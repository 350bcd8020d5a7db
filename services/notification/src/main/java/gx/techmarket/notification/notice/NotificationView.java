package gx.techmarket.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notice as its reader sees it. The portal writes the text from {@code kind} and {@code args} in the reader's
 * language and links it to {@code link}; {@code actions} is {@code ["read"]} while it is unread.
 */
public record NotificationView(
        UUID id,
        NotificationKind kind,
        SubjectType subjectType,
        UUID subjectId,
        String link,
        Map<String, String> args,
        Instant createdAt,
        Instant deadline,
        boolean read,
        List<String> actions) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind, n.subjectType, n.subjectId, n.link, n.args, n.createdAt(),
                n.deadline, n.isRead(), n.isRead() ? List.of() : List.of("read"));
    }

    /** How many notices the caller has not read. */
    public record Unread(long unread) {}
}
