package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.ListingQueries;
import gx.techmarket.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DemandRepository implements PanacheRepositoryBase<Demand, UUID> {

    /** One page of published demands matching the filters, newest first, and the total count. */
    record Page(List<Demand> items, long total) {}

    /**
     * Published demands still open on {@code today} (deadline today or later), optionally of one industry and one
     * sub-market. A demand past its deadline drops out at once, before anything marks it expired.
     */
    Page published(String industry, String region, LocalDate today, int page, int size) {
        StringBuilder where = new StringBuilder("status = :status and deadline >= :today");
        Parameters params = Parameters.with("status", DemandStatus.PUBLISHED).and("today", today);
        if (industry != null) {
            where.append(" and industry = :industry");
            params.and("industry", industry);
        }
        if (region != null) {
            where.append(" and regionCode = :region");
            params.and("region", region);
        }
        PanacheQuery<Demand> query = find(where.toString(), Sort.descending("publishedAt").and("id"), params);
        return new Page(query.page(page, size).list(), query.count());
    }

    /** The demand, its row locked until the transaction ends, so that two state changes cannot interleave. */
    Demand findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Demand> postedBy(String uscc) {
        return ListingQueries.ownedBy(this, "demander", uscc);
    }

    /** Submissions awaiting {@code operator}'s review, oldest first. */
    List<Demand> awaitingReview(Actor operator) {
        return ListingQueries.awaitingReview(this, DemandStatus.SUBMITTED, operator);
    }
}
