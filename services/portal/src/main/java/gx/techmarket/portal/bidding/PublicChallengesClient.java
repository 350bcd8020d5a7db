package gx.techmarket.portal.bidding;

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

/** The bidding service's public reads: published challenges (no bids, no sealed facts), for anyone. */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/public/challenges")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicChallengesClient {

    /** {@code open=true}: only those still taking bids. */
    @GET
    Page<ChallengeView> listed(@QueryParam("open") Boolean open, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    ChallengeView get(@PathParam("id") UUID id);
}
