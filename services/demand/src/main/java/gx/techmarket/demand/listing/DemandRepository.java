package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.listing.ListingQueries;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
class DemandRepository implements PanacheRepositoryBase<Demand, UUID> {

    /**
     * Published demands still open on {@code today} (deadline today or later), optionally containing every word of
     * {@code query} in title or problem, of one industry and of one sub-market; one page in {@code order} and how
     * many there are. A demand past its deadline drops out at once, before anything marks it expired. The same
     * condition as {@link Demand#isListed}.
     */
    Page<Demand> published(String query, String industry, String region, LocalDate today, ListingOrder order,
            Paging paging) {
        StringBuilder where = new StringBuilder("status = :status and deadline >= :today");
        Parameters params = Parameters.with("status", DemandStatus.PUBLISHED).and("today", today);
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            // a substring match: Chinese has no spaces between words, and demands are few enough to scan
            where.append(" and (lower(title) like :w").append(i).append(" escape '!' or lower(problem) like :w")
                    .append(i).append(" escape '!')");
            params.and("w" + i, containing(words.get(i)));
        }
        if (industry != null) {
            where.append(" and industry = :industry");
            params.and("industry", industry);
        }
        if (region != null) {
            where.append(" and regionCode = :region");
            params.and("region", region);
        }
        return ListingQueries.page(find(where.toString(), sort(order, "publishedAt"), params), paging);
    }

    /** The published demands with these ids (any order; ids of others are left out). */
    List<Demand> publishedWithIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // read-only: no snapshot of each row (its JSON columns deep-copied) for a dirty check that never comes
        return find("id in ?1 and status = ?2", ids, DemandStatus.PUBLISHED)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Up to {@code n} published demands with ids after {@code after} (null: from the first), in id order. */
    List<Demand> publishedAfter(UUID after, int n) {
        var query = after == null
                ? find("status = ?1 order by id", DemandStatus.PUBLISHED)
                : find("status = ?1 and id > ?2 order by id", DemandStatus.PUBLISHED, after);
        return query.page(0, n).list();
    }

    /** The ids of the demands changed (in any state) since {@code since}. */
    List<UUID> changedSince(java.time.Instant since) {
        return getEntityManager().createQuery("select d.id from Demand d where d.updatedAt >= :since", UUID.class)
                .setParameter("since", since).getResultList();
    }

    /** The words of a search, as typed between spaces (full-width ones too), lower-cased. */
    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("[\\s\u3000]+")).distinct().toList();
    }

    /**
     * A LIKE pattern matching any text that contains {@code word} literally: {@code %} and {@code _} escaped with
     * {@code !} (a backslash would mean different things to HQL and to SQL).
     */
    static String containing(String word) {
        return "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** {@code order} with newest and oldest by {@code when}, amount by the upper budget, deadline soonest first. */
    private static io.quarkus.panache.common.Sort sort(ListingOrder order, String when) {
        return order.by(when, "budgetMax", "deadline");
    }

    /** The demand, its row locked until the transaction ends, so that two state changes cannot interleave. */
    Demand findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The demand matched by the challenge {@code challengeId}, locked; null when none is. */
    Demand findMatchedByChallengeForUpdate(UUID challengeId) {
        return find("matchedChallengeId", challengeId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * Up to {@code limit} published demands whose deadline lies before {@code today}, locked; rows another
     * instance's job holds are skipped ({@code SKIP LOCKED}), so two instances share the work without waiting.
     */
    List<Demand> lockPastDeadline(LocalDate today, int limit) {
        return getEntityManager().createQuery(
                        "from Demand where status = :published and deadline < :today order by deadline, id",
                        Demand.class)
                .setParameter("published", DemandStatus.PUBLISHED)
                .setParameter("today", today)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
    }

    /** The demands of enterprise {@code uscc}, in {@code status} or all ({@code null}); newest by last change. */
    Page<Demand> postedBy(String uscc, DemandStatus status, ListingOrder order, Paging paging) {
        return ListingQueries.ownedBy(this, "demander", uscc, status, sort(order, "updatedAt"), paging);
    }

    /** Submissions awaiting {@code operator}'s review, in {@code order} of submission. */
    Page<Demand> awaitingReview(Actor operator, ListingOrder order, Paging paging) {
        return ListingQueries.awaitingReview(this, DemandStatus.SUBMITTED, operator, order, paging);
    }
}
