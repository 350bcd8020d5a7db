package gx.techmarket.platform.listing;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may see and act on a listing. Public states to every signed-in user; the others to its owner and the
 * operator of its region, and to anyone else it does not exist (404 {@code notFound}). The review actions
 * ({@code approve}, {@code reject}) are the operator's (403 {@code REGION_NOT_OPERATED}); every other action is the
 * owner's (403 {@code notOwner}), taken by a user holding one of the owner roles.
 *
 * @param notFound the 404 code, e.g. {@code RESULT_NOT_FOUND}
 * @param notOwner the 403 code for someone else's listing, e.g. {@code NOT_RESULT_HOLDER}
 * @param ownerRoles the roles the owner's endpoints admit
 */
public record ListingAccess(String notFound, String notOwner, Set<Role> ownerRoles) {

    /** The action name of the editing PUT. */
    public static final String EDIT = "edit";

    /** The operator's actions; every other is the owner's. */
    public static final Set<String> REVIEW = Set.of("approve", "reject");

    public ListingAccess {
        ownerRoles = Set.copyOf(ownerRoles);
    }

    /**
     * {@code listing} (or {@code null}: none has the id asked for) if the caller may see it. The 404 names no id:
     * the caller knows which one it asked for, and a message never shows a UUID.
     */
    public <L extends Listing<?, ?>> L visible(Actor actor, L listing) {
        if (listing == null || !mayRead(actor, listing)) {
            throw ProblemException.notFound(notFound);
        }
        return listing;
    }

    /**
     * {@code listing} (or {@code null}) if anyone, signed in or not, may see it: it is on the market ({@code listed}
     * tells, e.g. published and still open); 404 otherwise, as for a listing that does not exist.
     */
    public <L extends Listing<?, ?>> L listed(L listing, Predicate<? super L> listed) {
        if (listing == null || !listed.test(listing)) {
            throw ProblemException.notFound(notFound);
        }
        return listing;
    }

    /** {@code listing} if the caller's organisation owns it. */
    public <L extends Listing<?, ?>> L owned(Actor actor, L listing) {
        visible(actor, listing);
        if (!listing.isOwnedBy(actor.orgId())) {
            throw ProblemException.forbidden(notOwner);
        }
        return listing;
    }

    /** {@code listing} if the caller is an operator of its region. */
    public <L extends Listing<?, ?>> L operated(Actor actor, L listing) {
        visible(actor, listing);
        if (!actor.operates(listing.regionCode())) { // operating needs the admin role
            throw ProblemException.forbidden("REGION_NOT_OPERATED",
                    GuangxiRegions.nameOf(listing.regionCode()).orElse(listing.regionCode()));
        }
        return listing;
    }

    /**
     * The actions the caller may take on {@code listing} now: those its state allows, that the caller is the one
     * to take, and that pass the service's own {@code precondition} (e.g. a deadline still ahead).
     */
    public List<String> actions(Actor actor, Listing<?, ?> listing, Predicate<String> precondition) {
        if (!mayRead(actor, listing)) {
            return List.of();
        }
        return listing.possibleActions().stream()
                .filter(a -> REVIEW.contains(a) ? actor.operates(listing.regionCode()) : isOwner(actor, listing))
                .filter(precondition)
                .toList();
    }

    /** The actions with no precondition beyond the state and the caller. */
    public List<String> actions(Actor actor, Listing<?, ?> listing) {
        return actions(actor, listing, a -> true);
    }

    private boolean isOwner(Actor actor, Listing<?, ?> listing) {
        return listing.isOwnedBy(actor.orgId()) && ownerRoles.stream().anyMatch(actor::has);
    }

    private static boolean mayRead(Actor actor, Listing<?, ?> listing) {
        return listing.status().isPublic() || listing.isOwnedBy(actor.orgId())
                || actor.operates(listing.regionCode());
    }
}
