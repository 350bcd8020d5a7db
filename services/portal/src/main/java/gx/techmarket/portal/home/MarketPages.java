package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.bidding.PublicChallengesClient;
import gx.techmarket.portal.catalogue.PublicResultsClient;
import gx.techmarket.portal.catalogue.ResultSearchPage;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.demand.DemandSearchPage;
import gx.techmarket.portal.demand.DemandView;
import gx.techmarket.portal.demand.PublicDemandsClient;
import gx.techmarket.portal.search.FacetGroup;
import gx.techmarket.portal.search.SearchQuery;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The public market (no sign-in): search over results and demands, the lists of published results, demands and
 * challenges, and each published item's own page, readable by anyone and by search engines. Every action on an item
 * is a link to its signed-in page, which asks the visitor to sign in and then returns them there.
 */
@Path("/market")
@Produces(Pages.HTML)
@Blocking
public class MarketPages {

    static final int PAGE_SIZE = 20;
    static final List<String> SORTS = List.of("newest", "oldest");
    static final List<String> RESULT_SORTS = List.of("newest", "price", "price-desc");
    static final List<String> DEMAND_SORTS = List.of("newest", "deadline", "budget");
    static final List<String> DEMAND_SORTS_WITH_WORDS = List.of("relevance", "newest", "deadline", "budget");
    static final List<String> RESULT_SORTS_WITH_WORDS = List.of("relevance", "newest", "price", "price-desc");
    static final List<String> CHALLENGE_SORTS = List.of("deadline", "newest", "oldest");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, Section<ResultSearchPage> results,
                Section<DemandSearchPage> demands, String resultsHref, String demandsHref);

        static native TemplateInstance results(SearchQuery query, List<String> sorts,
                Section<ResultSearchPage> found, List<FacetGroup> groups);

        static native TemplateInstance demands(SearchQuery query, List<String> sorts,
                Section<DemandSearchPage> found, List<FacetGroup> groups);

        static native TemplateInstance challenges(boolean open, String sort, Section<Page<ChallengeView>> found);

        static native TemplateInstance result(ResultView result);

        static native TemplateInstance demand(DemandView demand);

        static native TemplateInstance challenge(ChallengeView challenge);
    }

    @Inject
    @RestClient
    PublicResultsClient results;

    @Inject
    @RestClient
    PublicDemandsClient demands;

    @Inject
    @RestClient
    PublicChallengesClient challenges;

    @Inject
    Pages pages;

    /** One search over the market: the first results and demands matching, each with the way to all of them. */
    @GET
    @Path("/search")
    public Response search(@QueryParam("q") String q) {
        String words = blankToNull(q);
        String query = words == null ? "" : "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
        return pages.ok(Templates.search(q,
                Section.load(() -> results.find(SearchQuery.words("/market/results", words), 10)),
                Section.load(() -> demands.find(SearchQuery.words("/market/demands", words), 10)),
                "/market/results" + query, "/market/demands" + query));
    }

    /**
     * The catalogue's search: words ranked by relevance, facets with their counts, highlighted hits, the next page by
     * cursor. What the catalogue refuses (a query too long, a filter value it does not know, a cursor of another
     * search) is shown next to the words, with the status the catalogue gave.
     */
    @GET
    @Path("/results")
    public Response results(@Context UriInfo uri) {
        SearchQuery query = SearchQuery.of("/market/results", uri.getQueryParameters(), ResultSearchPage.FACETS);
        Section<ResultSearchPage> found = Section.load(() -> results.find(query, PAGE_SIZE));
        List<FacetGroup> groups = found.ok()
                ? FacetGroup.of(ResultSearchPage.FACETS, found.value().facets(), found.value().facetsExact(), query)
                : List.of();
        return pages.status(found.problem() == null ? 200 : found.problem().status(), Templates.results(query,
                query.q() == null ? RESULT_SORTS : RESULT_SORTS_WITH_WORDS, found, groups));
    }

    /**
     * The demand service's search of listed demands, as {@link #results} is the catalogue's: facets, highlighted
     * hits, the next page by cursor, the service's refusal next to the words.
     */
    @GET
    @Path("/demands")
    public Response demands(@Context UriInfo uri) {
        SearchQuery query = SearchQuery.of("/market/demands", uri.getQueryParameters(), DemandSearchPage.FACETS);
        Section<DemandSearchPage> found = Section.load(() -> demands.find(query, PAGE_SIZE));
        List<FacetGroup> groups = found.ok()
                ? FacetGroup.of(DemandSearchPage.FACETS, found.value().facets(), found.value().facetsExact(), query)
                : List.of();
        return pages.status(found.problem() == null ? 200 : found.problem().status(), Templates.demands(query,
                query.q() == null ? DEMAND_SORTS : DEMAND_SORTS_WITH_WORDS, found, groups));
    }

    /** The 榜单: the challenges still taking bids unless {@code open=false} asks for every published one. */
    @GET
    @Path("/challenges")
    public Response challenges(@QueryParam("open") String open, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        boolean onlyOpen = !"false".equals(open);
        String order = sort != null && CHALLENGE_SORTS.contains(sort) ? sort : null;
        return pages.ok(Templates.challenges(onlyOpen, order, Section.load(() -> challenges.listed(
                onlyOpen ? Boolean.TRUE : null, order, Math.max(page, 0), rows(size)))));
    }

    @GET
    @Path("/results/{id}")
    public Response result(@PathParam("id") UUID id) {
        return pages.ok(Templates.result(results.get(id)));
    }

    @GET
    @Path("/demands/{id}")
    public Response demand(@PathParam("id") UUID id) {
        return pages.ok(Templates.demand(demands.get(id)));
    }

    @GET
    @Path("/challenges/{id}")
    public Response challenge(@PathParam("id") UUID id) {
        return pages.ok(Templates.challenge(challenges.get(id)));
    }

    private static int rows(int size) {
        return Page.SIZES.contains(size) ? size : PAGE_SIZE;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
