package gx.techmarket.bidding.call;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    private static final Sort NEWEST = Sort.descending("opensAt").and("id");

    /** Published calls, newest opening first (the public list). */
    Page<Call> published(Paging paging) {
        return page(find("status = ?1", NEWEST, CallStatus.PUBLISHED), paging);
    }

    /** Every call of the regions {@code subMarket} covers (the operator's call management). */
    Page<Call> of(SubMarket subMarket, Paging paging) {
        return page(find("regionCode like ?1", NEWEST, subMarket.prefix() + "%"), paging);
    }

    private static <T> Page<T> page(PanacheQuery<T> query, Paging paging) {
        List<T> items = query.page(paging.page(), paging.size()).list();
        return Page.of(items, query.count(), paging);
    }
}
