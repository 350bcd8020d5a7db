package gx.techmarket.notification.announcement;

import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AnnouncementRepository implements PanacheRepositoryBase<Announcement, UUID> {

    record Found(List<Announcement> items, long total) {}

    private static final Sort NEWEST = Sort.descending("publishedAt").and("id", Sort.Direction.Descending);

    /** The published ones, of {@code kind} when it is not null, newest first. */
    Found published(AnnouncementKind kind, Paging paging) {
        var found = kind == null
                ? find("status = :status", NEWEST, Parameters.with("status", AnnouncementStatus.PUBLISHED))
                : find("status = :status and kind = :kind", NEWEST,
                        Parameters.with("status", AnnouncementStatus.PUBLISHED).and("kind", kind));
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }

    /**
     * Every announcement published by an organisation of {@code subMarket}'s regions, withdrawn ones included,
     * newest first.
     */
    Found publishedIn(SubMarket subMarket, Paging paging) {
        var found = find("publisher.region like ?1", NEWEST, subMarket.prefix() + "%");
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }
}
