package gx.techmarket.catalogue.result;

import gx.techmarket.catalogue.search.ChineseText;
import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.listing.ListingQueries;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class ResultRepository implements PanacheRepositoryBase<Result, UUID> {

    /**
     * One page of published results matching the filters in {@code order}, and how many match in all. Newest and
     * oldest by the time of publication; amount by asking price, largest first, 面议 last.
     */
    Page<Result> searchPublished(String query, String industry, String region, ListingOrder order, Paging paging) {
        StringBuilder where = new StringBuilder("r.status = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
        String lexemes = ChineseText.lexemes(query);
        if (!lexemes.isEmpty()) {
            where.append(" and r.search_vector @@ plainto_tsquery('simple', :q)");
            params.put("q", lexemes);
        } else if (query != null && !query.isBlank()) {
            // only stop words or punctuation: nothing can match
            return Page.of(List.of(), 0, paging);
        }
        if (industry != null) {
            where.append(" and r.industry = :industry");
            params.put("industry", industry);
        }
        if (region != null) {
            where.append(" and r.region_code = :region");
            params.put("region", region);
        }
        var em = getEntityManager();
        var count = em.createNativeQuery("select count(*) from result r where " + where);
        var select = em.createNativeQuery("select r.* from result r where " + where
                + " order by " + orderBy(order) + " limit :limit offset :offset", Result.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setParameter("limit", paging.size());
        select.setParameter("offset", paging.offset());
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Result> items = select.getResultList();
        return Page.of(items, total, paging);
    }

    private static String orderBy(ListingOrder order) {
        return switch (order) {
            case NEWEST -> "r.published_at desc, r.id desc";
            case OLDEST -> "r.published_at, r.id";
            case AMOUNT -> "r.asking_price desc nulls last, r.published_at desc, r.id";
            case DEADLINE -> throw new IllegalArgumentException("a result has no deadline");
        };
    }

    /** The results of the holding organisation {@code uscc}, in {@code status} or all ({@code null}). */
    Page<Result> heldBy(String uscc, ResultStatus status, ListingOrder order, Paging paging) {
        return ListingQueries.ownedBy(this, "holder", uscc, status, order.by("updatedAt", "askingPrice", null),
                paging);
    }

    Page<Result> awaitingReview(Actor operator, ListingOrder order, Paging paging) {
        return ListingQueries.awaitingReview(this, ResultStatus.SUBMITTED, operator, order, paging);
    }

    /** Rewrites the search terms of a result from its title and summary. */
    void index(Result r) {
        getEntityManager().flush();
        getEntityManager()
                .createNativeQuery("update result set search_vector = to_tsvector('simple', :terms) where id = :id")
                .setParameter("terms", ChineseText.lexemes(r.title() + " " + r.summary))
                .setParameter("id", r.id())
                .executeUpdate();
    }
}
