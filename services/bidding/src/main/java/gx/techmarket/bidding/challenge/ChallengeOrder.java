package gx.techmarket.bidding.challenge;

import io.quarkus.panache.common.Sort;
import java.util.Locale;

/**
 * The orders a list of challenges can be asked in ({@code ?sort=}): {@code newest} and {@code oldest} by publication
 * (drafts, which have none, by creation), {@code deadline} soonest first. The id breaks ties, so that paging through a
 * list neither repeats nor skips a challenge.
 */
enum ChallengeOrder {
    NEWEST, OLDEST, DEADLINE;

    /** What {@code ?sort=} accepts, as the resources' {@code @Pattern} says it. */
    static final String NAMES = "newest|oldest|deadline";

    static ChallengeOrder of(String sort) {
        return valueOf(sort.toUpperCase(Locale.ROOT));
    }

    Sort sort() {
        return sortOn("publishedAt");
    }

    /** The order of drafts, which are not published yet: by creation. */
    Sort draftSort() {
        return sortOn("createdAt");
    }

    private Sort sortOn(String time) {
        return switch (this) {
            case NEWEST -> Sort.descending(time).and("id");
            case OLDEST -> Sort.ascending(time).and("id");
            case DEADLINE -> Sort.ascending("deadline").and("id");
        };
    }
}
