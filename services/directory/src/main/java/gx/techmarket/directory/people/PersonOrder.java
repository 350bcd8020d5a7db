package gx.techmarket.directory.people;

import java.util.Locale;

/**
 * The orders a list of brokers or experts can be asked in ({@code ?sort=}): {@code name} (the default) or
 * {@code newest} (last entered first). The id breaks ties, so that paging neither repeats nor skips one.
 */
enum PersonOrder {
    NAME, NEWEST;

    /** What {@code ?sort=} accepts, as the resources' {@code @Pattern} says it. */
    static final String NAMES = "name|newest";

    static PersonOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    /** The HQL order of alias {@code p}. */
    String orderBy() {
        return switch (this) {
            case NAME -> " order by p.name, p.id";
            case NEWEST -> " order by p.createdAt desc, p.id";
        };
    }
}
