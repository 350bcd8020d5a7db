package gx.techmarket.catalogue.result;

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
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
class ResultRepository implements PanacheRepositoryBase<Result, UUID> {

    /**
     * One page of published results in {@code industry} and {@code region} (both optional) in {@code order}, and how
     * many there are. Newest and oldest by the time of publication; amount by asking price, largest first, 面议 last.
     * (A search with words goes through the search index: {@link ResultSearch}.)
     */
    Page<Result> browsePublished(String industry, String region, ListingOrder order, Paging paging) {
        StringBuilder where = new StringBuilder("r.status = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
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

    /** The published results with these ids (any order; ids of others are left out). */
    List<Result> publishedWithIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // read-only: no snapshot of each row (its JSON columns deep-copied) for a dirty check that never comes
        return find("id in ?1 and status = ?2", ids, ResultStatus.PUBLISHED)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Up to {@code n} published results with ids after {@code after} (null: from the first), in id order. */
    List<Result> publishedAfter(UUID after, int n) {
        var query = after == null
                ? find("status = ?1 order by id", ResultStatus.PUBLISHED)
                : find("status = ?1 and id > ?2 order by id", ResultStatus.PUBLISHED, after);
        return query.page(0, n).list();
    }

    /** The ids of the results changed (in any state) since {@code since}. */
    List<UUID> changedSince(java.time.Instant since) {
        return getEntityManager().createQuery("select r.id from Result r where r.updatedAt >= :since", UUID.class)
                .setParameter("since", since).getResultList();
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
}
