package gx.techmarket.directory.organisation;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of organisations can be asked in ({@code ?sort=}): {@code name} (the default), {@code uscc},
 * {@code newest} (last entered first). The USCC breaks ties, so that paging neither repeats nor skips one.
 */
enum OrganisationOrder {
    NAME, USCC, NEWEST;

    /** What {@code ?sort=} accepts, as the resource's {@code @Pattern} says it. */
    static final String NAMES = "name|uscc|newest";

    static OrganisationOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    Sort sort() {
        return switch (this) {
            case NAME -> Sort.ascending("name").and("uscc");
            case USCC -> Sort.ascending("uscc");
            case NEWEST -> Sort.descending("createdAt").and("uscc");
        };
    }
}
