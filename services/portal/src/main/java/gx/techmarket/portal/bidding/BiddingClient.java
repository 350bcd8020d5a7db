package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The bidding service (揭榜挂帅), called as the signed-in user. */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BiddingClient {

    @GET
    @Path("/demands")
    List<KnownDemandView> operatedDemands(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/demands/{id}")
    KnownDemandView demand(@PathParam("id") UUID id);

    @POST
    @Path("/challenges")
    ChallengeView create(BiddingRequests.NewChallenge request);

    /**
     * An action without a body ({@code publish}): its name is the last path segment of its endpoint, as the challenge's
     * {@code actions} lists it.
     */
    @POST
    @Path("/challenges/{id}/{action}")
    ChallengeView act(@PathParam("id") UUID id, @PathParam("action") String action);

    @GET
    @Path("/challenges")
    List<ChallengeView> listed(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/challenges/demanded")
    List<ChallengeView> demanded(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/challenges/drafts")
    List<ChallengeView> drafts();

    @GET
    @Path("/challenges/{id}")
    ChallengeView challenge(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/bids")
    BidView bid(@PathParam("id") UUID id, BiddingRequests.NewBid request);

    @GET
    @Path("/challenges/{id}/bids")
    List<BidView> bids(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/award")
    ChallengeView award(@PathParam("id") UUID id, BiddingRequests.Award request);

    @GET
    @Path("/bids/mine")
    List<BidView> myBids();
}
