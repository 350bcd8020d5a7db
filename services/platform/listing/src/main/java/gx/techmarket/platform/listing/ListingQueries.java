package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.UUID;

/**
 * The queries every listing repository answers the same way, one page at a time with the size of the whole list
 * (one count query over the same conditions).
 */
public final class ListingQueries {

    private ListingQueries() {}

    /**
     * The submissions awaiting {@code operator}'s review in {@code order} ({@link ListingOrder#QUEUE}, by time of
     * submission): those of the regions the operator's sub-market covers (the province: every one; a city: its own
     * and its counties'), as {@code Actor.operates} decides for one listing.
     */
    public static <L extends Listing<S, ?>, S extends Enum<S> & ListingStatus> Page<L> awaitingReview(
            PanacheRepositoryBase<L, UUID> repository, S submitted, Actor operator, ListingOrder order,
            Paging paging) {
        return page(repository.find("status = ?1 and regionCode like ?2", order.byTime("submittedAt"), submitted,
                operator.subMarket().prefix() + "%"), paging);
    }

    /**
     * The listings of organisation {@code uscc} kept under the owner attribute {@code owner}, in {@code status} or in
     * every state ({@code null}), in {@code sort} (newest meaning latest change, which is what an owner looks for).
     */
    public static <L extends Listing<S, ?>, S extends Enum<S> & ListingStatus> Page<L> ownedBy(
            PanacheRepositoryBase<L, UUID> repository, String owner, String uscc, S status, Sort sort,
            Paging paging) {
        if (status == null) {
            return page(repository.find(owner + ".uscc = :uscc", sort, Parameters.with("uscc", uscc)), paging);
        }
        return page(repository.find(owner + ".uscc = :uscc and status = :status", sort,
                Parameters.with("uscc", uscc).and("status", status)), paging);
    }

    /** The page {@code paging} asks for of everything {@code query} matches, and how many that is. */
    public static <L> Page<L> page(PanacheQuery<L> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
