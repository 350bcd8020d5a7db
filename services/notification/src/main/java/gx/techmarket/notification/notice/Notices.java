package gx.techmarket.notification.notice;

import gx.techmarket.notification.mail.Mailbox;
import gx.techmarket.platform.domain.MarketClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the notices the rules decided on, each once, and puts the mails of those that carry deadlines in the
 * mailbox, in the caller's transaction (an event's inbox transaction, or the reminder job's).
 */
@ApplicationScoped
public class Notices {

    private final NotificationRepository notifications;
    private final Mailbox mailbox;
    private final Clock clock;

    Notices(NotificationRepository notifications, Mailbox mailbox, Clock clock) {
        this.notifications = notifications;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    /** Keeps those of {@code notices} not kept before; how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int keep(List<Notice> notices) {
        int kept = 0;
        for (Notice notice : notices) {
            if (notifications.exists(notice.occurrence())) {
                continue;
            }
            Notification n = new Notification(UUID.randomUUID(), notice, MarketClock.now(clock));
            notifications.persist(n);
            if (notice.mailed()) {
                mailbox.enqueue(n.id(), notice.recipient().uscc(), notice.recipient().role(), notice.kind().name(),
                        notice.args(), notice.link(), notice.deadline());
            }
            kept++;
        }
        return kept;
    }
}
