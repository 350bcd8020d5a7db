package gx.techmarket.notification.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user the notification centre has seen, as their last token said: where to mail what concerns their
 * organisation and roles. Written only by {@link Subscribers#record}, keyed by the token's subject.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    @Column(length = 100)
    String subject;

    @Column(name = "org_uscc", nullable = false, length = 18)
    String orgUscc;

    /** The user's market roles, comma-separated, e.g. {@code BROKER,ADMIN}. */
    @Column(nullable = false, length = 200)
    String roles;

    @Column(nullable = false, length = 254)
    String email;

    @Column(nullable = false, length = 10)
    String locale;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Subscriber() {
        // for Hibernate
    }
}
