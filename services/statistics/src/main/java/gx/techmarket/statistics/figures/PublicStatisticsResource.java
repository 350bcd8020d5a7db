package gx.techmarket.statistics.figures;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.SubMarket;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 市场统计 for the public front: the province's year in aggregates, readable without signing in. Nothing personal,
 * sealed or unpublished is in it: counts and sums of registered contracts and published listings only. Each year's
 * answer is kept for {@link #FRESH} (anyone may ask, the portal asks for every visitor of its page): a flood of
 * requests costs one calculation per year and period, not one each.
 */
@Path("/statistics/public")
@Tag(name = "public", description = "市场统计 — aggregates anyone may read")
@PermitAll
public class PublicStatisticsResource {

    /** How long an answer is served again before it is calculated anew. */
    static final java.time.Duration FRESH = java.time.Duration.ofSeconds(30);

    private record Kept(java.time.Instant at, PublicSummary summary) {}

    private final java.util.concurrent.ConcurrentMap<Integer, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock;
    private final ContractStatistics contracts;
    private final ListingStatistics listings;

    PublicStatisticsResource(Clock clock, ContractStatistics contracts, ListingStatistics listings) {
        this.clock = clock;
        this.contracts = contracts;
        this.listings = listings;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The province's year (default: this year to today, China time) in aggregates: registered "
            + "contracts in total, by city and by category; listings and challenges published and come to a deal")
    public PublicSummary summary(@QueryParam("year") Integer year, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), Set.of("year"));
        LocalDate today = MarketClock.today(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear()) {
            throw ProblemException.badRequest("INVALID_YEAR", y).withField("year", "INVALID_YEAR");
        }
        java.time.Instant now = clock.instant();
        Kept answer = kept.get(y);
        if (answer == null || !answer.at().plus(FRESH).isAfter(now)) {
            answer = new Kept(now, calculate(y, today));
            kept.put(y, answer);
        }
        return answer.summary();
    }

    private PublicSummary calculate(int y, LocalDate today) {
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
        Period period = new Period(from, to);
        SubMarket province = SubMarket.of("450000");
        ContractFilter all = new ContractFilter(period, province, Flow.OUTPUT, null, null, null, null, null, null,
                null);
        ContractFigures byCity = contracts.figures(all, ContractDimension.CITY);
        ContractFigures byCategory = contracts.figures(all, ContractDimension.CATEGORY);
        var results = listings.listings("RESULT", period, province, ListingDimension.CITY).total();
        var demands = listings.listings("DEMAND", period, province, ListingDimension.CITY).total();
        var challenges = listings.challenges(period, province, ListingDimension.CITY).total();
        // a cell of one or two contracts would tell a deal's price: its amounts are withheld (Disclosure)
        return new PublicSummary(y, from, to, Disclosure.total(byCity.total()), Disclosure.rows(byCity.rows()),
                Disclosure.rows(byCategory.rows()),
                new PublicSummary.ListingCounts(results.published(), demands.published(), demands.matched()),
                new PublicSummary.ChallengeCounts(challenges.published(), challenges.awarded()));
    }

}
