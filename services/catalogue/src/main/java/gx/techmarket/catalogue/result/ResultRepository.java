package gx.techmarket.catalogue.result;

import gx.techmarket.catalogue.search.ChineseText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import gx.techmarket.platform.listing.ListingQueries;
import gx.techmarket.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class ResultRepository implements PanacheRepositoryBase<Result, UUID> {

    /** One page of published results matching the filters, newest first, and the total count. */
    record Page(List<Result> items, long total) {}

    Page searchPublished(String query, String industry, String region, int page, int size) {
        StringBuilder where = new StringBuilder("r.status = 'PUBLISHED'");
        Map<String, Object> params = new java.util.HashMap<>();
        String lexemes = ChineseText.lexemes(query);
        if (!lexemes.isEmpty()) {
            where.append(" and r.search_vector @@ plainto_tsquery('simple', :q)");
            params.put("q", lexemes);
        } else if (query != null && !query.isBlank()) {
            // only stop words or punctuation: nothing can match
            return new Page(List.of(), 0);
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
                + " order by r.published_at desc, r.id limit :limit offset :offset", Result.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setParameter("limit", size);
        select.setParameter("offset", page * size);
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Result> items = select.getResultList();
        return new Page(items, total);
    }

    List<Result> heldBy(String uscc) {
        return ListingQueries.ownedBy(this, "holder", uscc);
    }

    List<Result> awaitingReview(Actor operator) {
        return ListingQueries.awaitingReview(this, ResultStatus.SUBMITTED, operator);
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
