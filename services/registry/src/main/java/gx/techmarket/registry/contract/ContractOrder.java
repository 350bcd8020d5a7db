package gx.techmarket.registry.contract;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of contracts can be asked in ({@code ?sort=}): {@code newest} and {@code oldest} by the list's
 * own time (a party's contracts by their last change, the queue by filing), {@code amount} by 成交总额, highest first
 * (a draft, which has none yet, by the amount proposed, after every filed one). The id breaks ties, so that paging
 * through a list neither repeats nor skips a contract.
 */
enum ContractOrder {
    NEWEST, OLDEST, AMOUNT;

    /** What {@code ?sort=} accepts, as the resources' {@code @Pattern} says it. */
    static final String NAMES = "newest|oldest|amount";

    static ContractOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    /** The order, {@code newest} and {@code oldest} by attribute {@code time}. */
    Sort by(String time) {
        return switch (this) {
            case NEWEST -> Sort.descending(time).and("id");
            case OLDEST -> Sort.ascending(time).and("id");
            case AMOUNT -> Sort.by("totalContractAmount", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                    .and("proposedAmount", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id");
        };
    }
}
