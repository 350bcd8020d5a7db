package gx.techmarket.platform.listing;

import gx.techmarket.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.UUID;

/** The queries every listing repository answers the same way. */
public final class ListingQueries {

    private ListingQueries() {}

    /**
     * The submissions awaiting {@code operator}'s review, oldest first: in every region for the province, in the
     * operator's own sub-market for a city.
     */
    public static <L extends Listing<S, ?>, S extends Enum<S> & ListingStatus> List<L> awaitingReview(
            PanacheRepositoryBase<L, UUID> repository, S submitted, Actor operator) {
        Sort oldestFirst = Sort.ascending("submittedAt").and("id");
        if (operator.isProvinceAdmin()) {
            return repository.list("status = ?1", oldestFirst, submitted);
        }
        return repository.list("status = ?1 and regionCode = ?2", oldestFirst, submitted,
                operator.organisation().region());
    }

    /** The listings of organisation {@code uscc} kept under the owner attribute {@code owner}, latest change first. */
    public static <L> List<L> ownedBy(PanacheRepositoryBase<L, UUID> repository, String owner, String uscc) {
        return repository.list(owner + ".uscc = ?1", Sort.descending("updatedAt").and("id"), uscc);
    }
}
