package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.demand.ChallengedDemands;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID>, ChallengedDemands {

    /** Whether the demand already has a challenge that was not cancelled (what a demand's actions say, too). */
    boolean demandIsChallenged(UUID demandId) {
        return !challenged(List.of(demandId)).isEmpty();
    }

    /** Whether the result already has a challenge that was not cancelled. */
    boolean resultIsChallenged(UUID resultId) {
        return count("resultId = ?1 and status <> ?2", resultId, ChallengeStatus.CANCELLED) > 0;
    }

    @Override
    public Set<UUID> challenged(List<UUID> demandIds) {
        return new HashSet<>(getEntityManager()
                .createQuery("select c.demandId from Challenge c where c.demandId in ?1 and c.status <> ?2", UUID.class)
                .setParameter(1, demandIds).setParameter(2, ChallengeStatus.CANCELLED).getResultList());
    }

    /**
     * 榜单: published challenges (and those closed or awarded since), of one region or all ({@code region} null);
     * {@code open} true: only those still taking bids at {@code now} (published, deadline ahead), false: only those
     * no longer taking them, null: both.
     */
    Page<Challenge> listed(String region, Boolean open, ChallengeOrder order, Instant now, Paging paging) {
        List<String> where = new ArrayList<>(List.of("publishedAt is not null"));
        Parameters params = new Parameters();
        if (region != null) {
            where.add("regionCode = :region");
            params.and("region", region);
        }
        if (open != null) {
            // a published challenge is closed from its deadline on, before any write records it (statusAt)
            where.add(open ? "(status = :published and deadline > :now)"
                    : "(status <> :published or deadline <= :now)");
            params.and("published", ChallengeStatus.PUBLISHED).and("now", now);
        }
        return page(find(String.join(" and ", where), order.sort(), params), paging);
    }

    /** Published challenges on the demands of one organisation. */
    Page<Challenge> demandedBy(String demanderUscc, ChallengeOrder order, Paging paging) {
        return page(find("publishedAt is not null and (demander.uscc = ?1 or holder.uscc = ?1)", order.sort(),
                demanderUscc), paging);
    }

    /** Drafts in the regions {@code subMarket} covers (a city: the city and its counties). */
    Page<Challenge> drafts(SubMarket subMarket, ChallengeOrder order, Paging paging) {
        return page(find("status = ?1 and regionCode like ?2", order.draftSort(), ChallengeStatus.DRAFT,
                subMarket.prefix() + "%"), paging);
    }

    /** The challenges one organisation proposed, in every state. */
    Page<Challenge> proposedBy(String proposerUscc, ChallengeOrder order, Paging paging) {
        return page(find("proposerUscc = ?1", order.draftSort(), proposerUscc), paging);
    }

    /** Proposals submitted or under review in the regions {@code subMarket} covers: the operator's review queue. */
    Page<Challenge> submitted(SubMarket subMarket, ChallengeOrder order, Paging paging) {
        return page(find("status in ?1 and regionCode like ?2", order.draftSort(),
                List.of(ChallengeStatus.SUBMITTED, ChallengeStatus.UNDER_REVIEW), subMarket.prefix() + "%"), paging);
    }

    /** The challenges of a call in one state. */
    List<Challenge> ofCall(UUID callId, ChallengeStatus status) {
        return list("callId = ?1 and status = ?2", callId, status);
    }

    /** The challenges of a call: only the published ones (and later), or all of them. */
    Page<Challenge> ofCall(UUID callId, boolean publishedOnly, ChallengeOrder order, Paging paging) {
        return page(find("callId = ?1" + (publishedOnly ? " and publishedAt is not null" : ""), order.draftSort(),
                callId), paging);
    }

    /** How many challenges each call holds. */
    Map<UUID, Long> countByCall(List<UUID> callIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!callIds.isEmpty()) {
            getEntityManager().createQuery("select c.callId, count(c) from Challenge c where c.callId in ?1 "
                    + "group by c.callId", Object[].class).setParameter(1, callIds).getResultList()
                    .forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        }
        return counts;
    }

    /** The page asked for and the size of the whole list the query matches (counted without its order). */
    static <T> Page<T> page(PanacheQuery<T> query, Paging paging) {
        List<T> items = query.page(paging.page(), paging.size()).list();
        return Page.of(items, query.count(), paging);
    }
}
