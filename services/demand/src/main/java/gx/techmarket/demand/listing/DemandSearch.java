package gx.techmarket.demand.listing;

import gx.techmarket.demand.search.DemandIndex;
import gx.techmarket.platform.search.listing.DemandSearchSchema;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRefusal;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Search of listed demands (published, deadline today or later in China time) through the search index (ADR 0030):
 * the index finds and orders the ids, the table gives the demands as they are now (one no longer listed is left
 * out).
 */
@ApplicationScoped
class DemandSearch {

    /** The moves that need the deadline still ahead (as DemandService offers them). */
    private static final Set<String> WHILE_OPEN = Set.of("submit", "approve");

    private final DemandRepository demands;
    private final SearchIndex index;
    private final Clock clock;

    DemandSearch(DemandRepository demands, DemandIndex index, Clock clock) {
        this.demands = demands;
        this.index = index.index();
        this.clock = clock;
    }

    /** {@code GET /demands/search} ({@code actor} signed in) and {@code /public/demands/search} (null: no actions). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    DemandSearchPage search(Actor actor, DemandSearchQuery query) {
        LocalDate today = MarketClock.today(clock);
        SearchPage page;
        try {
            page = index.search(new SearchRequest(query.q(), query.filters(),
                    List.of(new SearchRequest.Range(DemandSearchSchema.DEADLINE, today.toEpochDay(), null)),
                    sort(query.sort()), query.cursor(), query.size()));
        } catch (SearchRefusal refusal) {
            throw DemandIndex.problem(refusal);
        }
        List<UUID> ids = page.hits().stream().map(h -> UUID.fromString(h.id())).toList();
        Map<UUID, DemandView> views = demands.publishedWithIds(ids).stream().filter(d -> d.isListed(today))
                .collect(Collectors.toMap(Demand::id, d -> view(actor, d, today), (a, b) -> a, HashMap::new));
        List<DemandSearchPage.Hit> items = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits()) {
            DemandView view = views.get(UUID.fromString(hit.id()));
            if (view != null) {
                items.add(new DemandSearchPage.Hit(view, hit.highlights(), hit.partial()));
            }
        }
        return new DemandSearchPage(items, page.total(), page.totalExact(), page.facets(), page.facetsExact(),
                page.nextCursor(), page.partial());
    }

    private static DemandView view(Actor actor, Demand d, LocalDate today) {
        if (actor == null) {
            return DemandView.of(d, List.of());
        }
        return DemandView.of(d, DemandService.ACCESS.actions(actor, d, a -> !WHILE_OPEN.contains(a) || d.isOpen(today)));
    }

    private static SearchSort sort(String sort) {
        if (sort == null) {
            return null;
        }
        return switch (sort) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "newest" -> SearchSort.by(DemandSearchSchema.PUBLISHED, true);
            case "deadline" -> SearchSort.by(DemandSearchSchema.DEADLINE, false);
            case "budget" -> SearchSort.by(DemandSearchSchema.BUDGET, true);
            default -> throw new IllegalArgumentException("sort " + sort);
        };
    }
}
