package gx.techmarket.portal.demand;

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

/** The demand service (技术需求), called as the signed-in user. */
@RegisterRestClient(configKey = "demand")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/demands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DemandClient {

    @POST
    DemandView create(DemandRequest request);

    @PUT
    @Path("/{id}")
    DemandView edit(@PathParam("id") UUID id, DemandRequest request);

    /**
     * An action without a body ({@code submit}, {@code approve}): its name is the last path segment of its endpoint, as
     * the demand's {@code actions} lists it.
     */
    @POST
    @Path("/{id}/{action}")
    DemandView act(@PathParam("id") UUID id, @PathParam("action") String action);

    /** An action with a reason ({@code reject}, {@code close}). */
    @POST
    @Path("/{id}/{action}")
    DemandView act(@PathParam("id") UUID id, @PathParam("action") String action, Reason reason);

    @GET
    @Path("/{id}")
    DemandView get(@PathParam("id") UUID id);

    /** The caller's own, in any status ({@code status} filters; {@code sort} newest|oldest). */
    @GET
    @Path("/mine")
    Page<DemandView> mine(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** What waits for the operator's review (oldest first unless {@code sort} says newest). */
    @GET
    @Path("/review-queue")
    Page<DemandView> reviewQueue(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    Page<DemandView> published(@QueryParam("q") String query, @QueryParam("industry") String industry,
            @QueryParam("region") String region, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
