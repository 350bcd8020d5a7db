package gx.techmarket.portal.demand;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    /** A published demand, else 404 DEMAND_NOT_FOUND. */
    @GET
    @Path("/{id}")
    DemandView get(@PathParam("id") UUID id);
}
