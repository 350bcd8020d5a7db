package gx.techmarket.notification.deadline;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published challenge as the reminder needs it: whose it is, when it closes, whether they were reminded. */
@Entity
@Table(name = "known_challenge")
public class KnownChallenge extends Aggregate {

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "demander_uscc", nullable = false, length = 18)
    String demanderUscc;

    @Column(name = "holder_uscc", length = 18)
    String holderUscc;

    @Column(nullable = false)
    Instant deadline;

    @Column(name = "reminded_at")
    Instant remindedAt;

    protected KnownChallenge() {
        // for Hibernate
    }

    KnownChallenge(UUID id, String title, String demanderUscc, String holderUscc, Instant deadline, Instant now) {
        super(id, now);
        this.title = title;
        this.demanderUscc = demanderUscc;
        this.holderUscc = holderUscc;
        this.deadline = deadline;
    }

    public String title() {
        return title;
    }
}
