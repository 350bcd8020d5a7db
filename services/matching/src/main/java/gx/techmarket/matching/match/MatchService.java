package gx.techmarket.matching.match;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.matching.interest.InterestOffers;
import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.matching.listing.KnownListings;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The suggestions as their readers see them: a listing's owner (any user of its organisation) and the operators of
 * its region see its list; a broker sees the matches of its organisation's city (the ones it is notified of). To
 * anyone else a listing's list does not exist (404 {@code MATCHES_NOT_FOUND}).
 */
@ApplicationScoped
class MatchService {

    private final KnownListings listings;
    private final MatchSuggestionRepository suggestions;
    private final InterestOffers offers;
    private final Clock clock;

    MatchService(KnownListings listings, MatchSuggestionRepository suggestions, InterestOffers offers, Clock clock) {
        this.listings = listings;
        this.suggestions = suggestions;
        this.offers = offers;
        this.clock = clock;
    }

    /** The suggestions of one result or demand: its owner's organisation, or an operator of its region. */
    @Transactional(Transactional.TxType.SUPPORTS)
    ListingMatchesView of(Actor actor, UUID id, ListingKind kind) {
        KnownListing listing = listings.find(id)
                .filter(l -> l.kind() == kind)
                .filter(l -> l.owner().uscc().equals(actor.orgId()) || actor.operates(l.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("MATCHES_NOT_FOUND"));
        return view(actor, listing);
    }

    /**
     * The caller's listings with suggestions, last changed first; for a broker, the listings of its organisation's
     * city with suggestions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ListingMatchesView> mine(Actor actor, Paging paging) {
        boolean broker = actor.has(Role.BROKER) && actor.organisation().region() != null;
        String where = broker ? "l.region_code like :scope" : "l.owner_uscc = :scope";
        Object scope = broker ? MatchRules.city(actor.organisation().region()) + "%" : actor.orgId();
        EntityManager em = suggestions.getEntityManager();
        long total = ((Number) em.createNativeQuery("select count(distinct s.listing_id) from match_suggestion s "
                + "join known_listing l on l.id = s.listing_id where " + where)
                .setParameter("scope", scope).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select s.listing_id from match_suggestion s "
                + "join known_listing l on l.id = s.listing_id where " + where
                + " group by s.listing_id order by max(s.computed_at) desc, s.listing_id", UUID.class)
                .setParameter("scope", scope).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        Map<UUID, KnownListing> byId = listings.all(ids).stream()
                .collect(Collectors.toMap(KnownListing::id, Function.identity()));
        List<ListingMatchesView> views = new ArrayList<>();
        for (UUID id : ids) {
            views.add(view(actor, byId.get(id)));
        }
        return Page.of(views, total, paging);
    }

    private ListingMatchesView view(Actor actor, KnownListing listing) {
        List<MatchSuggestion> rows = suggestions.of(listing.id());
        Map<UUID, KnownListing> matched = listings.all(rows.stream().map(MatchSuggestion::matchedId).toList())
                .stream().collect(Collectors.toMap(KnownListing::id, Function.identity()));
        List<SuggestionView> list = new ArrayList<>();
        Instant computedAt = null;
        for (MatchSuggestion row : rows) {
            KnownListing m = matched.get(row.matchedId());
            Optional<UUID> open = offers.openInterest(actor, m);
            List<String> actions = offers.mayExpress(actor, m) ? List.of(SuggestionView.EXPRESS_INTEREST)
                    : List.of();
            list.add(new SuggestionView(m.id(), m.kind(), m.title(), m.regionCode(), m.owner().name(),
                    m.owner().kind(), row.rank, row.score,
                    row.reasons.stream().map(r -> new SuggestionView.Reason(r.code(), r.terms(), r.zh(), r.en()))
                            .toList(),
                    open.orElse(null), actions));
            if (computedAt == null || row.computedAt.isAfter(computedAt)) {
                computedAt = row.computedAt;
            }
        }
        return new ListingMatchesView(listing.id(), listing.kind(), listing.title(), listing.regionCode(),
                listing.owner().name(), listing.listedOn(MarketClock.today(clock)), computedAt, list);
    }
}
