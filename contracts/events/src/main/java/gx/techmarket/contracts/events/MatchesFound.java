package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 匹配推荐已更新: the market computed the best matches of a published result (among the listed demands) or of a
 * published demand (among the listed results), and they differ from the ones it published before. An empty
 * {@code matches} says the listing has no suggestion any more (e.g. the only matching demand closed). Carries the
 * listings, their owners, the scores and the reason codes with the shared words; no person.
 *
 * @param listingId   the result or demand whose matches these are
 * @param listingKind RESULT or DEMAND
 * @param title       its title
 * @param regionCode  its region (its sub-market)
 * @param owner       the result's holder or the demander
 * @param matches     the matches on the other side, best first (at most 20)
 * @param computedAt  when they were computed
 */
@EventContract(type = "matching.MatchesFound.v1", topic = "matching.matches.v1", aggregateType = "Listing")
public record MatchesFound(UUID listingId, ListingKind listingKind, String title, String regionCode, Party owner,
        List<Match> matches, Instant computedAt) implements DomainEvent {

    /** The most matches one event carries. */
    public static final int MAX_MATCHES = 20;

    public MatchesFound {
        Require.present(listingId, "listingId");
        Require.present(listingKind, "listingKind");
        Require.text(title, Require.NAME_MAX, "title");
        Require.matches(regionCode, Codes.REGION_CODE, "regionCode");
        Require.present(owner, "owner");
        matches = Require.distinct(matches, "matches");
        if (matches.size() > MAX_MATCHES) {
            throw new IllegalArgumentException("matches: more than " + MAX_MATCHES);
        }
        for (Match m : matches) {
            if (m.listingKind() == listingKind) {
                throw new IllegalArgumentException("matches: a " + listingKind + " matches the other side only");
            }
        }
        Require.present(computedAt, "computedAt");
    }

    @Override
    public String aggregateId() {
        return listingId.toString();
    }

    /**
     * One suggested listing on the other side.
     *
     * @param score   0 to 100, higher fits better
     * @param reasons why, strongest first (at least one)
     */
    public record Match(UUID listingId, ListingKind listingKind, String title, String regionCode, Party owner,
            int score, List<Reason> reasons) {

        public Match {
            Require.present(listingId, "matches.listingId");
            Require.present(listingKind, "matches.listingKind");
            Require.text(title, Require.NAME_MAX, "matches.title");
            Require.matches(regionCode, Codes.REGION_CODE, "matches.regionCode");
            Require.present(owner, "matches.owner");
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("matches.score " + score + " is not between 0 and 100");
            }
            reasons = Require.nonEmptyDistinct(reasons, "matches.reasons");
        }
    }

    /**
     * A reason of a match: its code (open set, e.g. {@code SHARED_TERMS}, {@code SAME_INDUSTRY},
     * {@code PRICE_WITHIN_BUDGET}, {@code SAME_CITY}) and the words both listings share, if the reason is about words.
     */
    public record Reason(String code, List<String> terms) {

        public Reason {
            Require.code(code, "reasons.code");
            terms = Require.distinct(terms, "reasons.terms");
            terms.forEach(t -> Require.text(t, Require.NAME_MAX, "reasons.terms"));
        }
    }
}
