package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.search.SearchQuery;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalogue's public reads: published results only, for anyone (no token needed; a signed-in user's is sent). */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/public/results")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicResultsClient {

    @GET
    Page<ResultView> search(@QueryParam("q") String query, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /**
     * The catalogue's search: words ranked by relevance, facet filters (a list: values of one facet OR-ed), order,
     * the cursor of the previous page. A value the catalogue does not know is its 400 problem.
     */
    @GET
    @Path("/search")
    ResultSearchPage find(@QueryParam("q") String query, @QueryParam("industry") List<String> industry,
            @QueryParam("city") List<String> city, @QueryParam("county") List<String> county,
            @QueryParam("maturity") List<String> maturity, @QueryParam("trl") List<String> trl,
            @QueryParam("transferMode") List<String> transferMode, @QueryParam("priceBand") List<String> priceBand,
            @QueryParam("patents") List<String> patents, @QueryParam("patentStatus") List<String> patentStatus,
            @QueryParam("holderKind") List<String> holderKind,
            @QueryParam("sort") String sort, @QueryParam("cursor") String cursor, @QueryParam("size") int size);

    /** {@link #find} for a search page's query. */
    default ResultSearchPage find(SearchQuery q, int size) {
        return find(q.q(), q.values("industry"), q.values("city"), q.values("county"), q.values("maturity"),
                q.values("trl"), q.values("transferMode"), q.values("priceBand"), q.values("patents"),
                q.values("patentStatus"), q.values("holderKind"), q.sort(), q.cursor(), size);
    }

    /** A published result, else 404 RESULT_NOT_FOUND. */
    @GET
    @Path("/{id}")
    ResultView get(@PathParam("id") UUID id);
}
