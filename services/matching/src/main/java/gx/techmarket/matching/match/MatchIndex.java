package gx.techmarket.matching.match;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.matching.listing.KnownListings;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.search.match.DemandFacts;
import gx.techmarket.platform.search.match.ListingMatcher;
import gx.techmarket.platform.search.match.Match;
import gx.techmarket.platform.search.match.ResultFacts;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The instance's {@link ListingMatcher} (in memory): every listed result and demand whose content is known, filled
 * from {@code known_listing} at start and kept current by {@link MatchFlow} as listings are published and leave the
 * market.
 */
@ApplicationScoped
class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);

    private final ListingMatcher matcher = new ListingMatcher();
    private final KnownListings listings;
    private final Clock clock;

    MatchIndex(KnownListings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        for (KnownListing l : listings.listedWithContent(MarketClock.today(clock))) {
            put(l);
        }
        LOG.infof("matcher filled: %d results, %d demands", matcher.resultCount(), matcher.demandCount());
    }

    @PreDestroy
    void close() {
        matcher.close();
    }

    /** Whether the listing can take part: its content is known (it was published since matching keeps content). */
    static boolean hasContent(KnownListing l) {
        return l.summary() != null && l.industry() != null;
    }

    void put(KnownListing l) {
        if (l.kind() == ListingKind.RESULT) {
            matcher.putResult(result(l));
        } else {
            matcher.putDemand(demand(l));
        }
    }

    void remove(KnownListing l) {
        if (l.kind() == ListingKind.RESULT) {
            matcher.removeResult(l.id().toString());
        } else {
            matcher.removeDemand(l.id().toString());
        }
    }

    /** The best matches of the listing on the other side, best first. */
    List<Match> matchesOf(KnownListing l, int limit) {
        return l.kind() == ListingKind.RESULT ? matcher.demandsFor(result(l), limit)
                : matcher.resultsFor(demand(l), limit);
    }

    static ResultFacts result(KnownListing l) {
        return new ResultFacts(l.id().toString(), l.title(), l.summary(), List.of(), l.industry(), l.maturity(),
                l.trl(), new LinkedHashSet<>(l.transferModes()), l.askingPrice(), l.priceNegotiable(),
                l.regionCode());
    }

    static DemandFacts demand(KnownListing l) {
        return new DemandFacts(l.id().toString(), l.title(), l.summary(), l.industry(), l.budgetMin(), l.budgetMax(),
                l.regionCode(), new LinkedHashSet<>(l.cooperationModes()));
    }
}
