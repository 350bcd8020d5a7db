package gx.techmarket.directory.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A membership change Keycloak must still be told: the user's org_id, org_name and kind role set or cleared. */
@Entity
@Table(name = "membership_sync")
public class MembershipSyncTask {

    enum Action { JOIN, LEAVE }

    /** The longest pause between two attempts while Keycloak does not answer. */
    static final Duration MAX_PAUSE = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "user_id", nullable = false, length = 64)
    String userId;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    Action action;

    @Column(name = "org_id", nullable = false, length = 18)
    String orgId;

    @Column(name = "org_name", nullable = false, length = 200)
    String orgName;

    @Column(name = "realm_role", nullable = false, length = 20)
    String realmRole;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "done_at")
    Instant doneAt;

    @Column(name = "last_error", length = 500)
    String lastError;

    protected MembershipSyncTask() {
        // for Hibernate
    }

    MembershipSyncTask(String userId, Action action, String orgId, String orgName, String realmRole, Instant now) {
        this.userId = userId;
        this.action = action;
        this.orgId = orgId;
        this.orgName = orgName;
        this.realmRole = realmRole;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void done(Instant now) {
        doneAt = now;
        lastError = null;
    }

    void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        nextAttemptAt = now.plus(pauseAfter(attempts));
    }

    /** 5 s after the first failure, doubling, at most MAX_PAUSE: an outage of hours costs a few calls an hour. */
    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofSeconds(5);
        for (int i = 1; i < attempts && pause.compareTo(MAX_PAUSE) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(MAX_PAUSE) < 0 ? pause : MAX_PAUSE;
    }
}
