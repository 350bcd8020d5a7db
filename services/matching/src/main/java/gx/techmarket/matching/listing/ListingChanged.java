package gx.techmarket.matching.listing;

import java.util.UUID;

/**
 * A listing of {@code known_listing} was first heard of, republished with new content, or left the market: fired
 * (synchronously, in the consumer's transaction) for features that derive from listings, such as the matches. An
 * event that changed nothing (older, replayed) fires nothing.
 */
public record ListingChanged(UUID listingId) {}
