package gx.techmarket.catalogue.result;

import gx.techmarket.catalogue.search.ResultIndex;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchPage;
import gx.techmarket.platform.search.SearchRefusal;
import gx.techmarket.platform.search.SearchRequest;
import gx.techmarket.platform.search.SearchSort;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Search of published results through the search index (ADR 0030): the index finds and orders the ids, the table
 * gives the results as they are now (a result withdrawn since the index last heard of it is left out).
 */
@ApplicationScoped
class ResultSearch {

    private final ResultRepository results;
    private final SearchIndex index;

    ResultSearch(ResultRepository results, ResultIndex index) {
        this.results = results;
        this.index = index.index();
    }

    /** {@code GET /results/search} ({@code actor} signed in) and {@code /public/results/search} (null: no actions). */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    ResultSearchPage search(Actor actor, ResultSearchQuery query) {
        SearchPage page = run(new SearchRequest(query.q(), query.filters(), List.of(), sort(query.sort()),
                query.cursor(), query.size()));
        Map<UUID, ResultView> views = views(actor, page.hits().stream().map(h -> UUID.fromString(h.id())).toList());
        List<ResultSearchPage.Hit> items = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits()) {
            ResultView view = views.get(UUID.fromString(hit.id()));
            if (view != null) {
                items.add(new ResultSearchPage.Hit(view, hit.highlights(), hit.partial()));
            }
        }
        return new ResultSearchPage(items, page.total(), page.totalExact(), page.facets(), page.facetsExact(),
                page.nextCursor(), page.partial());
    }

    /**
     * The words search of the list endpoints ({@code GET /results?q=…}, {@code /public/results?q=…}): the same index,
     * in their order and pages; {@code region} as a city (with its counties) or a county; the first 1000 matches.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<ResultView> words(Actor actor, String q, String industry, String region, ListingOrder order, Paging paging) {
        Map<String, List<String>> filters = new HashMap<>();
        if (industry != null) {
            filters.put(ResultSearchSchema.INDUSTRY, List.of(industry));
        }
        if (region != null) {
            GbT2260.levelOf(region).ifPresent(level -> {
                switch (level) {
                    case PREFECTURE -> filters.put(ResultSearchSchema.CITY, List.of(region));
                    case COUNTY -> filters.put(ResultSearchSchema.COUNTY, List.of(region));
                    default -> { }
                }
            });
        }
        SearchSort sort = switch (order) {
            case OLDEST -> SearchSort.by(ResultSearchSchema.PUBLISHED, false);
            case AMOUNT -> SearchSort.by(ResultSearchSchema.PRICE, true);
            default -> SearchSort.by(ResultSearchSchema.PUBLISHED, true);
        };
        int wanted = paging.offset() + paging.size();
        List<String> ids = new ArrayList<>();
        long total = 0;
        String cursor = null;
        if (paging.offset() < SearchPage.COUNT_LIMIT) {
            do {
                SearchPage page = run(new SearchRequest(q, filters, List.of(), sort, cursor, SearchRequest.MAX_SIZE));
                total = page.total();
                page.hits().forEach(h -> ids.add(h.id()));
                cursor = page.nextCursor();
            } while (cursor != null && ids.size() < wanted);
        }
        List<UUID> pageIds = ids.subList(Math.min(paging.offset(), ids.size()), Math.min(wanted, ids.size()))
                .stream().map(UUID::fromString).toList();
        Map<UUID, ResultView> views = views(actor, pageIds);
        return Page.of(pageIds.stream().map(views::get).filter(v -> v != null).toList(), total, paging);
    }

    private SearchPage run(SearchRequest request) {
        try {
            return index.search(request);
        } catch (SearchRefusal refusal) {
            throw ResultIndex.problem(refusal);
        }
    }

    private Map<UUID, ResultView> views(Actor actor, List<UUID> ids) {
        return results.publishedWithIds(ids).stream().collect(Collectors.toMap(Result::id,
                r -> actor == null ? ResultService.publicView(r) : ResultService.view(actor, r),
                (a, b) -> a, HashMap::new));
    }

    private static SearchSort sort(String sort) {
        if (sort == null) {
            return null;
        }
        return switch (sort) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "newest" -> SearchSort.by(ResultSearchSchema.PUBLISHED, true);
            case "price" -> SearchSort.by(ResultSearchSchema.PRICE, false);
            case "price-desc" -> SearchSort.by(ResultSearchSchema.PRICE, true);
            default -> throw new IllegalArgumentException("sort " + sort);
        };
    }

}
