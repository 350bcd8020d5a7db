package gx.techmarket.notification.notice;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** A user's notification centre: the notices addressed to their organisation and roles, and their reading. */
@ApplicationScoped
class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<NotificationView> list(Actor actor, boolean unreadOnly, Paging paging) {
        NotificationRepository.Found found = notifications.addressedTo(to(actor), unreadOnly, paging);
        return Page.of(found.items(), found.total(), paging).map(NotificationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    NotificationView.Unread unread(Actor actor) {
        return new NotificationView.Unread(notifications.unread(to(actor)));
    }

    /** Marks one notice read; one not addressed to the caller does not exist for them (404). */
    @Transactional
    NotificationView read(Actor actor, UUID id) {
        Notification n = notifications.find(id, to(actor))
                .orElseThrow(() -> ProblemException.notFound("NOTIFICATION_NOT_FOUND", id));
        n.read(MarketClock.now(clock));
        return NotificationView.of(n);
    }

    @Transactional
    NotificationView.Unread readAll(Actor actor) {
        notifications.readAll(to(actor), MarketClock.now(clock));
        return new NotificationView.Unread(notifications.unread(to(actor)));
    }

    private static NotificationRepository.Addressee to(Actor actor) {
        return new NotificationRepository.Addressee(actor.orgId(), actor.roles());
    }
}
