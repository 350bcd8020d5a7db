package gx.techmarket.notification.mail;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mail to send for a notice, kept until the SMTP server has taken it. */
@Entity
@Table(name = "mail")
public class Mail extends Aggregate {

    /** After this many failed attempts a mail is left (with its last error) for an operator to look at. */
    static final int MAX_ATTEMPTS = 10;

    @Column(name = "notification_id", nullable = false)
    UUID notificationId;

    @Column(nullable = false, length = 254)
    String recipient;

    @Column(nullable = false, length = 400)
    String subject;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    @Column(nullable = false)
    int attempts;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Column(name = "sent_at")
    Instant sentAt;

    protected Mail() {
        // for Hibernate
    }

    Mail(UUID id, UUID notificationId, String recipient, MailText text, Instant now) {
        super(id, now);
        this.notificationId = notificationId;
        this.recipient = recipient;
        this.subject = text.subject();
        this.body = text.body();
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
    }
}
