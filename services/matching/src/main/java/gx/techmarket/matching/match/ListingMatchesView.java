package gx.techmarket.matching.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.contracts.events.ListingKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A result or demand with its suggested listings of the other side (匹配推荐), best first.
 *
 * @param listed      whether it is on the market now (a listing that left it has no suggestions)
 * @param computedAt  when its suggestions last changed, absent when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingMatchesView(UUID listingId, ListingKind kind, String title, String regionCode,
        String ownerName, boolean listed, Instant computedAt, List<SuggestionView> suggestions) {}
