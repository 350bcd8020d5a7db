package gx.techmarket.subsidy.entitlement;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of refusals can be asked in ({@code ?sort=}): {@code newest} and {@code oldest} by when the
 * contract was assessed. The id breaks ties, so that paging through a list neither repeats nor skips a refusal.
 */
enum RefusalOrder {
    NEWEST, OLDEST;

    /** What {@code ?sort=} accepts, as the resource's {@code @Pattern} says it. */
    static final String NAMES = "newest|oldest";

    static RefusalOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    Sort sort() {
        return switch (this) {
            case NEWEST -> Sort.descending("assessedAt").and("id");
            case OLDEST -> Sort.ascending("assessedAt").and("id");
        };
    }
}
