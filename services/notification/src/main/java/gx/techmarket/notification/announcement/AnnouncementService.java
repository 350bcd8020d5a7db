package gx.techmarket.notification.announcement;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** 通知公告 and 政策文件: operators publish and withdraw them, anyone reads the published ones. */
@ApplicationScoped
class AnnouncementService {

    private final AnnouncementRepository announcements;
    private final Clock clock;

    AnnouncementService(AnnouncementRepository announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<AnnouncementView> published(AnnouncementKind kind, Paging paging) {
        AnnouncementRepository.Found found = announcements.published(kind, paging);
        return Page.of(found.items(), found.total(), paging).map(a -> AnnouncementView.of(a, List.of()));
    }

    /** A published announcement; a withdrawn or unknown one is not found. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    AnnouncementView published(UUID id) {
        Announcement a = announcements.findById(id);
        if (a == null || a.status != AnnouncementStatus.PUBLISHED) {
            throw ProblemException.notFound("ANNOUNCEMENT_NOT_FOUND", id);
        }
        return AnnouncementView.of(a, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<AnnouncementView> all(Actor actor, Paging paging) {
        AnnouncementRepository.Found found = announcements.publishedIn(actor.subMarket(), paging);
        return Page.of(found.items(), found.total(), paging).map(a -> view(actor, a));
    }

    @Transactional
    AnnouncementView publish(Actor actor, AnnouncementRequest request) {
        Announcement a = new Announcement(UUID.randomUUID(), request.kind(), request.title().strip(),
                request.body().strip(), actor.organisation(), actor.username(), MarketClock.now(clock));
        announcements.persist(a);
        return view(actor, a);
    }

    @Transactional
    AnnouncementView withdraw(Actor actor, UUID id) {
        Announcement a = announcements.findById(id);
        if (a == null) {
            throw ProblemException.notFound("ANNOUNCEMENT_NOT_FOUND", id);
        }
        if (!mayWithdraw(actor, a)) {
            throw ProblemException.forbidden("NOT_ANNOUNCEMENT_PUBLISHER");
        }
        a.withdraw(actor.username(), MarketClock.now(clock));
        try {
            announcements.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION");
        }
        return view(actor, a);
    }

    /**
     * An operator of the publishing organisation withdraws, or one whose sub-market covers the publisher's region
     * (the province's any; a city's those of its county bureaus); nobody else.
     */
    static boolean mayWithdraw(Actor actor, Announcement a) {
        return actor.has(Role.ADMIN) && (a.isPublishedBy(actor.orgId()) || actor.operates(a.publisherRegion()));
    }

    private static AnnouncementView view(Actor actor, Announcement a) {
        List<String> actions = AnnouncementStatus.LIFECYCLE.actionsFrom(a.status).stream()
                .filter(action -> mayWithdraw(actor, a))
                .toList();
        return AnnouncementView.of(a, actions);
    }
}
