package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.GuangxiRegion;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 揭榜挂帅 API: challenges ({@code /challenges}) and the sealed bids on them ({@code /bids}), both answered by
 * {@link ChallengeService}. Every endpoint names who may call it; the service checks which challenge or bid they may
 * touch.
 * <p>
 * The body endpoints declare no {@code @Consumes}: with {@code @Consumes(APPLICATION_JSON)} RESTEasy Reactive reads a
 * body that comes without a Content-Type as JSON and acts on it; without it such a body is refused with 415, and JSON
 * is still the only type read into a request record (the OpenAPI document still says application/json).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "challenges", description = "揭榜挂帅 — challenges and their sealed bids")
public class ChallengeResource {

    @Inject
    ChallengeService service;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/challenges")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A draft: 技术攻关类 from a known published demand (the operator of its region), or 成果转化类 "
            + "from a result still offered, in a sub-market the caller operates")
    public Response create(@Valid @NotNull ChallengeRequest request) {
        ChallengeView created = service.create(actor.get(), request);
        return Response.created(URI.create("/challenges/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/challenges/proposals")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "Propose a challenge: 技术攻关类 from the caller's organisation's own published demand, or "
            + "成果转化类 from a result it holds (a draft of its organisation until submitted)")
    @APIResponse(responseCode = "201", description = "The proposal, a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChallengeView.class)))
    public Response propose(@Valid @NotNull ProposalRequest request) {
        ChallengeView created = service.propose(actor.get(), request);
        return Response.created(URI.create("/challenges/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/challenges/{id}/proposal")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "Rewrite a proposal while it is a draft (new, or returned by the operator; the proposer)")
    public ChallengeView editProposal(@PathParam("id") UUID id, @Valid @NotNull ChallengeContent content) {
        return service.editProposal(actor.get(), id, content);
    }

    @POST
    @Path("/challenges/{id}/submit")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "提交审核: hand a proposal to the operator of its sub-market (the proposer)")
    public ChallengeView submit(@PathParam("id") UUID id) {
        return service.submit(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/review")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "受理: take a submitted proposal into review (the operator of its region)")
    public ChallengeView review(@PathParam("id") UUID id) {
        return service.review(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "审核通过: publish a proposal under review (发榜; the operator of its region)")
    public ChallengeView approve(@PathParam("id") UUID id) {
        return service.approve(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/reject")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON) // a one-text record would otherwise be read from text/plain
    @Operation(summary = "退回修改: return a proposal under review to its proposer with a reason (the operator)")
    public ChallengeView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.reject(actor.get(), id, request.reason());
    }

    @POST
    @Path("/challenges/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON) // a one-text record would otherwise be read from text/plain
    @Operation(summary = "撤榜: cancel a challenge with a reason, in any state before the award (the operator)")
    public ChallengeView cancel(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest request) {
        return service.cancel(actor.get(), id, request.reason());
    }

    @PUT
    @Path("/challenges/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Edit a published challenge while bids are open (the operator): a new version; every bid in "
            + "competition is invalidated; a deadline less than 7 days after the edit moves to 7 days after it")
    public ChallengeView revise(@PathParam("id") UUID id, @Valid @NotNull RevisionRequest request) {
        return service.revise(actor.get(), id, request);
    }

    @GET
    @Path("/challenges/proposed")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "The proposals of the caller's organisation in every state (the proposer's workbench); sort "
            + "oldest (default, by creation), newest or deadline")
    public Page<ChallengeView> proposed(
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.proposed(actor.get(), ChallengeOrder.of(sort), paging);
    }

    @GET
    @Path("/challenges/submitted")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The review queue: proposals submitted or under review in the caller's sub-market; sort oldest "
            + "(default, by creation), newest or deadline")
    public Page<ChallengeView> submitted(
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.submitted(actor.get(), ChallengeOrder.of(sort), paging);
    }

    @POST
    @Path("/challenges/{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "发榜: publish a draft; bids are open until its deadline (the operator of its region)")
    public ChallengeView publish(@PathParam("id") UUID id) {
        return service.publish(actor.get(), id);
    }

    @GET
    @Path("/challenges")
    @Authenticated
    @Operation(summary = "榜单: published challenges (and those closed or awarded since); open=true: only those still "
            + "taking bids (可揭榜), open=false: only those no longer taking them; sort newest (default), oldest or "
            + "deadline (soonest first)")
    public Page<ChallengeView> listed(
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("open") @Pattern(regexp = "true|false") String open,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.listed(actor.get(), region, open == null ? null : Boolean.valueOf(open),
                ChallengeOrder.of(sort), paging);
    }

    @GET
    @Path("/challenges/demanded")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Published challenges of the caller's organisation's demands (the demander's view); sort "
            + "newest (default), oldest or deadline")
    public Page<ChallengeView> demanded(
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.demanded(actor.get(), ChallengeOrder.of(sort), paging);
    }

    @GET
    @Path("/challenges/drafts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Unpublished drafts of the caller's sub-market (the province: all), a work queue: sort oldest "
            + "(default), newest (by creation) or deadline")
    public Page<ChallengeView> drafts(
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = ChallengeOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.drafts(actor.get(), ChallengeOrder.of(sort), paging);
    }

    @GET
    @Path("/challenges/{id}")
    @Authenticated
    @Operation(summary = "A published challenge, or a draft of the caller's sub-market")
    public ChallengeView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/bids")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "揭榜: submit the caller's organisation's sealed bid before the deadline (one per organisation)")
    @APIResponse(responseCode = "201", description = "The bid, sealed until the deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BidView.class)))
    public Response submitBid(@PathParam("id") UUID id, @Valid @NotNull BidRequest request) {
        BidView bid = service.submitBid(actor.get(), id, request);
        return Response.created(URI.create("/bids/" + bid.id())).entity(bid).build();
    }

    @GET
    @Path("/challenges/{id}/bids")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "Bids of a challenge: before the deadline the caller's own; after it, all to demander and "
            + "operator; sort oldest (default, by submission), newest or amount (highest price first)")
    public Page<BidView> bids(@PathParam("id") UUID id,
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = BidOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.bidsOf(actor.get(), id, BidOrder.of(sort), paging);
    }
}
