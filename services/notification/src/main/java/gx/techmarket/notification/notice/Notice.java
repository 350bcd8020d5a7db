package gx.techmarket.notification.notice;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice the rules decided on, before it is kept: for one recipient, about one subject, with what its text needs.
 *
 * @param occurredAt when what it tells happened (the event's time): with the kind, subject and recipient it makes
 *                   the notice's identity, so the same happening never makes two notices
 * @param deadline   by when the recipient must act, when the notice carries one
 */
public record Notice(NotificationKind kind, Recipient recipient, SubjectType subjectType, UUID subjectId,
        Map<String, String> args, Instant deadline, Instant occurredAt) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        args = Map.copyOf(args);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The portal path of the subject. */
    public String link() {
        return subjectType.link(subjectId);
    }

    /** Kind, subject, time and recipient: what happened to whom, once. */
    String occurrence() {
        return kind + "|" + subjectId + "|" + occurredAt + "|" + recipient.uscc() + "|"
                + (recipient.role() == null ? "" : recipient.role().name());
    }

    /** Whether it is also mailed to the recipient's users. */
    boolean mailed() {
        return kind.mailedWithDeadline() && deadline != null;
    }
}
