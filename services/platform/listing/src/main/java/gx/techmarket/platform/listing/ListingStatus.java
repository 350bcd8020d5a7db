package gx.techmarket.platform.listing;

import gx.techmarket.platform.domain.Lifecycle;

/**
 * What the listing kernel asks of a listing's state besides its lifecycle: whether every signed-in user may read
 * it. Implemented by each service's status enum, whose lifecycle starts from {@link #review}.
 */
public interface ListingStatus {

    /** Every signed-in user may read a listing in this state; the others only its owner and its operator. */
    boolean isPublic();

    /**
     * The review every listing goes through, for the subclass's lifecycle to add its own moves to: {@code submit}
     * (draft or rejected → submitted), {@code approve} (submitted → published) and {@code reject} (submitted →
     * rejected) by the operator of its region.
     */
    static <S extends Enum<S>> Lifecycle.Builder<S> review(String entity, S draft, S submitted, S rejected,
            S published) {
        return Lifecycle.of(entity, draft.getDeclaringClass())
                .move(Listing.SUBMIT, submitted, draft, rejected)
                .move("approve", published, submitted)
                .move("reject", rejected, submitted);
    }
}
