package gx.techmarket.notification.notice;

import gx.techmarket.platform.domain.Aggregate;
import gx.techmarket.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A notice kept for its recipient organisation (and role), read or not. */
@Entity
@Table(name = "notification")
public class Notification extends Aggregate {

    @Column(nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    NotificationKind kind;

    @Column(name = "recipient_uscc", nullable = false, length = 18)
    String recipientUscc;

    @Column(name = "recipient_role", length = 20)
    @Enumerated(EnumType.STRING)
    Role recipientRole;

    @Column(name = "subject_type", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    UUID subjectId;

    @Column(nullable = false, length = 200)
    String link;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, String> args;

    @Column
    Instant deadline;

    @Column(nullable = false, length = 300, unique = true)
    String occurrence;

    @Column(name = "read_at")
    Instant readAt;

    protected Notification() {
        // for Hibernate
    }

    Notification(UUID id, Notice notice, Instant now) {
        super(id, now);
        this.kind = notice.kind();
        this.recipientUscc = notice.recipient().uscc();
        this.recipientRole = notice.recipient().role();
        this.subjectType = notice.subjectType();
        this.subjectId = notice.subjectId();
        this.link = notice.link();
        this.args = notice.args();
        this.deadline = notice.deadline();
        this.occurrence = notice.occurrence();
    }

    /** Marks it read (once: the first reading's time stays). */
    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }
}
