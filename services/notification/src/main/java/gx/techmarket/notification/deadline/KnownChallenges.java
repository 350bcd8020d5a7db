package gx.techmarket.notification.deadline;

import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The challenges this service heard were published, kept for their deadline reminders and their titles. */
@ApplicationScoped
public class KnownChallenges implements PanacheRepositoryBase<KnownChallenge, UUID> {

    private final Clock clock;

    KnownChallenges(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a published challenge (a second publication of it keeps the first's row and its reminder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(ChallengePublished e) {
        if (findById(e.challengeId()) == null) {
            persist(new KnownChallenge(e.challengeId(), e.title(), e.demander().uscc(),
                    e.holder() == null ? null : e.holder().uscc(), e.deadline(), MarketClock.now(clock)));
        }
    }

    /** The title of a challenge, when its publication was heard. */
    public Optional<String> title(UUID challengeId) {
        return findByIdOptional(challengeId).map(KnownChallenge::title);
    }

    /**
     * The challenges whose reminder is due at {@code now}, locked (another instance's job skips them).
     * {@link Reminder#due} is the rule; the query asks the index for the same rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<KnownChallenge> lockDue(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        from KnownChallenge where remindedAt is null and deadline > :now and deadline <= :horizon
                        order by deadline, id""", KnownChallenge.class)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(Reminder.AHEAD))
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
    }
}
