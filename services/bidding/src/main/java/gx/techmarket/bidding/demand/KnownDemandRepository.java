package gx.techmarket.bidding.demand;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
class KnownDemandRepository implements PanacheRepositoryBase<KnownDemand, UUID> {

    /** What {@code ?sort=} accepts: by publication, newest or oldest first, or by the demand's deadline, soonest first. */
    static final String ORDERS = "newest|oldest|deadline";

    /** Known demands of the regions {@code subMarket} covers, in the order {@code sort} (one of {@link #ORDERS}). */
    Page<KnownDemand> inSubMarket(SubMarket subMarket, String sort, Paging paging) {
        Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "oldest" -> Sort.ascending("publishedAt").and("id");
            case "deadline" -> Sort.ascending("deadline").and("id");
            default -> Sort.descending("publishedAt").and("id");
        };
        PanacheQuery<KnownDemand> query = find("regionCode like ?1 and offMarket is null", order,
                subMarket.prefix() + "%");
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
