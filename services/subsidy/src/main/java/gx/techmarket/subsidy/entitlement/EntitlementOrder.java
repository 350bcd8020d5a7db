package gx.techmarket.subsidy.entitlement;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of entitlements can be asked in ({@code ?sort=}): {@code newest} and {@code oldest} by when the
 * entitlement arose, {@code amount} by the subsidy, highest first. The id breaks ties, so that paging through a list
 * neither repeats nor skips an entitlement.
 */
enum EntitlementOrder {
    NEWEST, OLDEST, AMOUNT;

    /** What {@code ?sort=} accepts, as the resource's {@code @Pattern} says it. */
    static final String NAMES = "newest|oldest|amount";

    static EntitlementOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    Sort sort() {
        return switch (this) {
            case NEWEST -> Sort.descending("createdAt").and("id");
            case OLDEST -> Sort.ascending("createdAt").and("id");
            case AMOUNT -> Sort.descending("amount").and("id");
        };
    }
}
