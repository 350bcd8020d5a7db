package gx.techmarket.bidding.challenge;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of bids can be asked in ({@code ?sort=}): {@code oldest} and {@code newest} by submission,
 * {@code amount} by price, highest first (as
 * {@code amount} orders contracts and entitlements). The id breaks ties, so that paging through a list
 * neither repeats nor skips a bid.
 */
enum BidOrder {
    OLDEST, NEWEST, AMOUNT;

    /** What {@code ?sort=} accepts, as the resources' {@code @Pattern} says it. */
    static final String NAMES = "oldest|newest|amount";

    static BidOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    Sort sort() {
        return switch (this) {
            case OLDEST -> Sort.ascending("submittedAt").and("id");
            case NEWEST -> Sort.descending("submittedAt").and("id");
            case AMOUNT -> Sort.descending("price").and("id");
        };
    }
}
