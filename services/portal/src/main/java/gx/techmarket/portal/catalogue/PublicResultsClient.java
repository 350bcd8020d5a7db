package gx.techmarket.portal.catalogue;

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

    /** A published result, else 404 RESULT_NOT_FOUND. */
    @GET
    @Path("/{id}")
    ResultView get(@PathParam("id") UUID id);
}
