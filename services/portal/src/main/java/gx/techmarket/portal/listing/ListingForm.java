package gx.techmarket.portal.listing;

/** A listing's form as typed, and the request it becomes once the portal's own checks pass. */
public interface ListingForm<R> {

    R toRequest();
}
