package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.listing.Reason;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The catalogue service (科技成果库), called as the signed-in user. */
@RegisterRestClient(configKey = "catalogue")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CatalogueClient {

    @POST
    ResultView create(ResultRequest request);

    @PUT
    @Path("/{id}")
    ResultView edit(@PathParam("id") UUID id, ResultRequest request);

    /**
     * An action without a body ({@code submit}, {@code approve}): its name is the last path segment of its endpoint, as
     * the result's {@code actions} lists it.
     */
    @POST
    @Path("/{id}/{action}")
    ResultView act(@PathParam("id") UUID id, @PathParam("action") String action);

    /** An action with a reason ({@code reject}, {@code withdraw}). */
    @POST
    @Path("/{id}/{action}")
    ResultView act(@PathParam("id") UUID id, @PathParam("action") String action, Reason reason);

    @GET
    @Path("/{id}")
    ResultView get(@PathParam("id") UUID id);

    /** The caller's own, in any status ({@code status} filters; {@code sort} newest|oldest). */
    @GET
    @Path("/mine")
    Page<ResultView> mine(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** What waits for the operator's review (oldest first unless {@code sort} says newest). */
    @GET
    @Path("/review-queue")
    Page<ResultView> reviewQueue(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    Page<ResultView> search(@QueryParam("q") String query, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
