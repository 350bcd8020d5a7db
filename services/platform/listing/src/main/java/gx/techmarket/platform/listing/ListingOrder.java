package gx.techmarket.platform.listing;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of listings can be asked in, query parameter {@code sort}. Each endpoint admits a whitelist (the
 * {@code @Pattern} constants below), so anything else is 400 {@code VALIDATION_FAILED} on field {@code sort} before
 * the service sees it; catalogues default to {@code newest}, work queues to {@code oldest}.
 */
public enum ListingOrder {
    /** Latest first (published, changed or submitted, as the list says), ties by id so pages never overlap. */
    NEWEST,
    /** Earliest first. */
    OLDEST,
    /** Largest amount (asking price, budget) first; listings without one (面议) last. */
    AMOUNT,
    /** Soonest deadline first. */
    DEADLINE;

    /** A work queue's orders. */
    public static final String QUEUE = "oldest|newest";
    /** A catalogue's orders where listings carry an amount. */
    public static final String WITH_AMOUNT = "newest|oldest|amount";
    /** A catalogue's orders where listings carry an amount and a deadline. */
    public static final String WITH_AMOUNT_AND_DEADLINE = "newest|oldest|amount|deadline";

    /** The order a (validated) {@code sort} parameter names. */
    public static ListingOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    /**
     * Newest or oldest by the instant attribute {@code when}, ties by id; the other orders are each listing's own
     * (see {@link #by(String, String, String)}).
     */
    public Sort byTime(String when) {
        return switch (this) {
            case NEWEST -> Sort.descending(when).and("id", Sort.Direction.Descending);
            case OLDEST -> Sort.ascending(when).and("id");
            default -> throw new IllegalArgumentException(this + " is not an order in time");
        };
    }

    /**
     * This order over a listing whose time attribute is {@code when}, amount {@code amount} and deadline
     * {@code deadline} ({@code null} where it has none, which the endpoint's whitelist keeps from being asked).
     */
    public Sort by(String when, String amount, String deadline) {
        return switch (this) {
            case NEWEST, OLDEST -> byTime(when);
            case AMOUNT -> Sort.by(amount, Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                    .and(when, Sort.Direction.Descending).and("id");
            case DEADLINE -> Sort.ascending(deadline).and(when, Sort.Direction.Descending).and("id");
        };
    }
}
