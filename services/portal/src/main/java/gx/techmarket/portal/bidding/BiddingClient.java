package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.Page;
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
    Page<KnownDemandView> operatedDemands(@QueryParam("page") int page, @QueryParam("size") int size);

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

    /** The 榜单: {@code open=true} only challenges still taking bids; {@code sort} newest|oldest|deadline. */
    @GET
    @Path("/challenges")
    Page<ChallengeView> listed(@QueryParam("open") Boolean open, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/challenges/demanded")
    Page<ChallengeView> demanded(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/challenges/drafts")
    Page<ChallengeView> drafts(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/challenges/{id}")
    ChallengeView challenge(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/bids")
    BidView bid(@PathParam("id") UUID id, BiddingRequests.NewBid request);

    @GET
    @Path("/challenges/{id}/bids")
    Page<BidView> bids(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/bids/mine")
    Page<BidView> myBids(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
