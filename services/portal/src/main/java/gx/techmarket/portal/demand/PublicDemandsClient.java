package gx.techmarket.portal.demand;

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

/** The demand service's public reads: published demands only, for anyone (no token needed; a signed-in user's is sent). */
@RegisterRestClient(configKey = "demand")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/public/demands")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicDemandsClient {

    @GET
    Page<DemandView> search(@QueryParam("q") String query, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /**
     * The demand service's search of listed demands: words ranked by relevance, facet filters (values of one facet
     * OR-ed), order, the cursor of the previous page. A value the service does not know is its 400 problem.
     */
    @GET
    @Path("/search")
    DemandSearchPage find(@QueryParam("q") String query, @QueryParam("industry") List<String> industry,
            @QueryParam("city") List<String> city, @QueryParam("county") List<String> county,
            @QueryParam("budgetBand") List<String> budgetBand,
            @QueryParam("cooperationMode") List<String> cooperationMode, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("size") int size);

    /** {@link #find} for a search page's query. */
    default DemandSearchPage find(SearchQuery q, int size) {
        return find(q.q(), q.values("industry"), q.values("city"), q.values("county"), q.values("budgetBand"),
                q.values("cooperationMode"), q.sort(), q.cursor(), size);
    }

    /** A published demand, else 404 DEMAND_NOT_FOUND. */
    @GET
    @Path("/{id}")
    DemandView get(@PathParam("id") UUID id);
}
