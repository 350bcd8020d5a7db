package gx.techmarket.notification.mail;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mails of the notices that carry deadlines, written with their notice and sent by {@link MailSender}. */
@ApplicationScoped
public class Mailbox implements PanacheRepositoryBase<Mail, UUID> {

    private final Subscribers subscribers;
    private final Clock clock;
    private final String portalUrl;

    Mailbox(Subscribers subscribers, Clock clock,
            @ConfigProperty(name = "techmarket.notification.portal-url") String portalUrl) {
        this.subscribers = subscribers;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /**
     * A mail of notice {@code notificationId} to each known user of organisation {@code uscc} (with {@code role},
     * when one is named) who has an address, in the caller's transaction; how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(UUID notificationId, String uscc, Role role, String kind, Map<String, String> args,
            String link, Instant deadline) {
        Instant now = MarketClock.now(clock);
        int mails = 0;
        for (Subscriber s : subscribers.of(uscc, role)) {
            persist(new Mail(UUID.randomUUID(), notificationId, s.email,
                    MailText.of(kind, args, portalUrl + link, deadline, s.locale), now));
            mails++;
        }
        return mails;
    }

    /**
     * The oldest mail still to send that is not among {@code skip} (those already tried in this run), locked against
     * another instance's sender; empty when there is none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    java.util.Optional<Mail> lockNextPending(java.util.Set<UUID> skip) {
        var query = getEntityManager().createQuery("from Mail where sentAt is null and attempts < :max"
                        + (skip.isEmpty() ? "" : " and id not in :skip") + " order by createdAt, id", Mail.class)
                .setParameter("max", Mail.MAX_ATTEMPTS);
        if (!skip.isEmpty()) {
            query.setParameter("skip", skip);
        }
        return query.setMaxResults(1)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultStream()
                .findFirst();
    }
}
