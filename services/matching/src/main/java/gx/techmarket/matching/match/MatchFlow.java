package gx.techmarket.matching.match;

import gx.techmarket.contracts.events.MatchesFound;
import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.matching.listing.KnownListings;
import gx.techmarket.matching.listing.ListingChanged;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.search.match.Match;
import gx.techmarket.platform.search.match.MatchReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a listing's matches when it is published, republished or leaves the market, in the transaction of the
 * consumer that heard it ({@link ListingChanged}): replaces its suggestions, adds or refreshes the reverse ones on
 * the matched listings (a pair is kept on both sides), removes it from every list when it left the market, and writes
 * {@code MatchesFound} for every listing whose set of matches changed. A replayed event changes nothing: the
 * consumer fires nothing for it.
 */
@ApplicationScoped
class MatchFlow {

    /** The most suggestions a listing keeps (and one event carries). */
    static final int LIMIT = MatchesFound.MAX_MATCHES;

    private static final Comparator<MatchSuggestion> BEST_FIRST = Comparator
            .comparingInt((MatchSuggestion s) -> -s.score)
            .thenComparing(s -> s.computedAt, Comparator.reverseOrder())
            .thenComparing(MatchSuggestion::matchedId);

    private final MatchIndex index;
    private final KnownListings listings;
    private final MatchSuggestionRepository suggestions;
    private final Outbox outbox;
    private final Clock clock;

    MatchFlow(MatchIndex index, KnownListings listings, MatchSuggestionRepository suggestions, Outbox outbox,
            Clock clock) {
        this.index = index;
        this.listings = listings;
        this.suggestions = suggestions;
        this.outbox = outbox;
        this.clock = clock;
    }

    void onListingChanged(@Observes ListingChanged changed) {
        KnownListing listing = listings.find(changed.listingId()).orElseThrow();
        Instant now = MarketClock.now(clock);
        LocalDate today = MarketClock.today(clock);

        Map<UUID, Match> found = new LinkedHashMap<>();
        if (listing.listedOn(today) && MatchIndex.hasContent(listing)) {
            index.put(listing);
            Set<UUID> ids = new LinkedHashSet<>();
            List<Match> matches = index.matchesOf(listing, LIMIT);
            matches.forEach(m -> ids.add(UUID.fromString(m.id())));
            Map<UUID, KnownListing> others = byId(listings.all(ids));
            for (Match m : matches) {
                KnownListing other = others.get(UUID.fromString(m.id()));
                if (other != null && other.kind() != listing.kind() && other.listedOn(today)
                        && !m.reasons().isEmpty()) {
                    found.put(other.id(), m);
                }
            }
        } else {
            index.remove(listing);
        }

        Set<UUID> changedLists = new LinkedHashSet<>();
        // its own list, as the matcher sees it now
        if (replace(listing, found, now)) {
            changedLists.add(listing.id());
        }
        // the reverse side: each match lists it; a listing that listed it and no longer fits drops it
        Set<UUID> reverse = new LinkedHashSet<>(found.keySet());
        reverse.addAll(suggestions.suggesting(listing.id()));
        Map<UUID, KnownListing> reverseListings = byId(listings.all(reverse));
        for (UUID other : reverse) {
            KnownListing o = reverseListings.get(other);
            if (o != null && setOne(o, listing.id(), found.get(other), now)) {
                changedLists.add(other);
            }
        }
        suggestions.flush();
        for (UUID id : changedLists) {
            publish(id.equals(listing.id()) ? listing : reverseListings.get(id), now);
        }
    }

    /** Replaces the listing's suggestions by {@code found}; whether its set of matched listings changed. */
    private boolean replace(KnownListing listing, Map<UUID, Match> found, Instant now) {
        List<MatchSuggestion> rows = suggestions.of(listing.id());
        Set<UUID> before = rows.stream().map(MatchSuggestion::matchedId).collect(Collectors.toSet());
        Map<UUID, MatchSuggestion> kept = new HashMap<>();
        for (MatchSuggestion row : rows) {
            if (found.containsKey(row.matchedId())) {
                kept.put(row.matchedId(), row);
            } else {
                suggestions.delete(row);
            }
        }
        suggestions.flush();
        List<MatchSuggestion> list = new ArrayList<>();
        for (Map.Entry<UUID, Match> e : found.entrySet()) {
            MatchSuggestion row = kept.get(e.getKey());
            if (row == null) {
                row = new MatchSuggestion(listing.id(), listing.kind(), e.getKey());
            }
            row.set(e.getValue().score(), stored(e.getValue().reasons()), now);
            list.add(row);
        }
        rank(list);
        return !before.equals(found.keySet());
    }

    /**
     * Sets (or, with {@code match} null, removes) {@code matchedId} in the list of {@code listing}, ranks the list
     * and keeps its best {@value #LIMIT}; whether the set of its matched listings changed.
     */
    private boolean setOne(KnownListing listing, UUID matchedId, Match match, Instant now) {
        List<MatchSuggestion> rows = new ArrayList<>(suggestions.of(listing.id()));
        Set<UUID> before = rows.stream().map(MatchSuggestion::matchedId).collect(Collectors.toSet());
        MatchSuggestion row = rows.stream().filter(r -> r.matchedId().equals(matchedId)).findFirst().orElse(null);
        if (match == null) {
            if (row == null) {
                return false;
            }
            rows.remove(row);
            suggestions.delete(row);
        } else {
            if (row == null) {
                row = new MatchSuggestion(listing.id(), listing.kind(), matchedId);
                rows.add(row);
            }
            row.set(match.score(), stored(match.reasons()), now);
        }
        suggestions.flush();
        List<MatchSuggestion> kept = rank(rows);
        Set<UUID> after = kept.stream().map(MatchSuggestion::matchedId).collect(Collectors.toSet());
        return !before.equals(after);
    }

    /** Best first, rank 1..; persists the best {@value #LIMIT} and deletes the rest. Returns the kept rows. */
    private List<MatchSuggestion> rank(List<MatchSuggestion> rows) {
        List<MatchSuggestion> sorted = new ArrayList<>(rows);
        sorted.sort(BEST_FIRST);
        List<MatchSuggestion> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            MatchSuggestion row = sorted.get(i);
            if (i < LIMIT) {
                row.rank = i + 1;
                if (!suggestions.isPersistent(row)) {
                    suggestions.persist(row);
                }
                kept.add(row);
            } else if (suggestions.isPersistent(row)) {
                suggestions.delete(row);
            }
        }
        return kept;
    }

    /** {@code MatchesFound} with the listing's suggestions as they are now (possibly none). */
    private void publish(KnownListing listing, Instant now) {
        List<MatchSuggestion> rows = suggestions.of(listing.id());
        Map<UUID, KnownListing> matched = byId(listings.all(rows.stream().map(MatchSuggestion::matchedId).toList()));
        List<MatchesFound.Match> matches = new ArrayList<>();
        for (MatchSuggestion row : rows) {
            KnownListing m = matched.get(row.matchedId());
            matches.add(new MatchesFound.Match(m.id(), m.kind(), m.title(), m.regionCode(), m.owner(), row.score,
                    row.reasons.stream().map(r -> new MatchesFound.Reason(r.code(), r.terms())).toList()));
        }
        outbox.publish(new MatchesFound(listing.id(), listing.kind(), listing.title(), listing.regionCode(),
                listing.owner(), matches, now));
    }

    /** The matcher's reasons as kept: the shared words distinct and not blank (as the event wants them). */
    static List<StoredReason> stored(List<MatchReason> reasons) {
        List<StoredReason> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (MatchReason r : reasons) {
            if (!codes.add(r.code().name())) {
                continue;
            }
            List<String> terms = r.terms() == null ? List.of()
                    : r.terms().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct()
                            .filter(t -> t.codePointCount(0, t.length()) <= 200).toList();
            out.add(new StoredReason(r.code().name(), terms, r.zh(), r.en()));
        }
        return out;
    }

    private static Map<UUID, KnownListing> byId(List<KnownListing> list) {
        return list.stream().collect(Collectors.toMap(KnownListing::id, Function.identity()));
    }
}
