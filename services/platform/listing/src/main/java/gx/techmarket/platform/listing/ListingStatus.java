package gx.techmarket.platform.listing;

/**
 * What the listing kernel asks of a listing's state, beyond its lifecycle's moves: whether its owner may still
 * change the content, and whether every signed-in user may read it. Implemented by each service's status enum.
 */
public interface ListingStatus {

    /** The owner may change the content (only before the operator looks at it, or after a rejection). */
    boolean isEditable();

    /** Every signed-in user may read a listing in this state; the others only its owner and its operator. */
    boolean isPublic();
}
