package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
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

/**
 * The bidding service as the operator and the proposer use it, called as the signed-in user: proposals and their
 * review, calls (榜单批次), edits of a published challenge (new versions) and cancellation.
 */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OpsClient {

    @GET
    @Path("/challenges/{id}")
    ChallengeView challenge(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/proposals")
    ChallengeView propose(OpsRequests.Proposal request);

    @PUT
    @Path("/challenges/{id}/proposal")
    ChallengeView editProposal(@PathParam("id") UUID id, OpsRequests.Content request);

    @POST
    @Path("/challenges/{id}/submit")
    ChallengeView submit(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/review")
    ChallengeView review(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/approve")
    ChallengeView approve(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/reject")
    ChallengeView reject(@PathParam("id") UUID id, OpsRequests.Reason reason);

    @POST
    @Path("/challenges/{id}/cancel")
    ChallengeView cancel(@PathParam("id") UUID id, OpsRequests.Reason reason);

    @PUT
    @Path("/challenges/{id}")
    ChallengeView revise(@PathParam("id") UUID id, OpsRequests.Revision request);

    @GET
    @Path("/challenges/proposed")
    Page<ChallengeView> proposed(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/challenges/submitted")
    Page<ChallengeView> submitted(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/challenges/drafts")
    Page<ChallengeView> drafts(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A draft made by the operator from a known demand (技术攻关类) or result (成果转化类) in a sub-market it operates. */
    @POST
    @Path("/challenges")
    ChallengeView createChallenge(OpsRequests.NewChallenge request);

    /** The known published demands of the operator's sub-market, each with its {@code challenge} action. */
    @GET
    @Path("/demands")
    Page<gx.techmarket.portal.bidding.KnownDemandView> operatedDemands(@QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/calls")
    CallView createCall(OpsRequests.NewCall request);

    @GET
    @Path("/calls")
    Page<CallView> calls(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/calls/{id}")
    CallView call(@PathParam("id") UUID id);

    @GET
    @Path("/calls/{id}/challenges")
    Page<ChallengeView> callChallenges(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/calls/{id}/challenges")
    ChallengeView addToCall(@PathParam("id") UUID id, OpsRequests.Join request);

    @POST
    @Path("/calls/{id}/publish")
    CallView publishCall(@PathParam("id") UUID id);
}
