package gx.techmarket.bidding.call;

import gx.techmarket.bidding.challenge.ChallengeView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 榜单批次: the operator's call management (the body endpoints read only application/json, as ChallengeResource). */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calls", description = "榜单批次 — calls gathering challenges with one closing time and their terms")
public class CallResource {

    @Inject
    CallService service;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a call for a sub-market the caller operates (a draft)")
    @APIResponse(responseCode = "201", description = "The call, a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response create(@Valid @NotNull CallRequest request) {
        CallView created = service.create(actor.get(), request);
        return Response.created(URI.create("/calls/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/challenges")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a draft challenge of the call's sub-market to a draft call: it takes the call's closing "
            + "time as its deadline and the call's terms")
    public ChallengeView add(@PathParam("id") UUID id, @Valid @NotNull JoinRequest request) {
        return service.add(actor.get(), id, request.challengeId());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "发布榜单批次: publish the call and with it every challenge of it (from its opening time)")
    public CallView publish(@PathParam("id") UUID id) {
        return service.publish(actor.get(), id);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The calls of the caller's sub-market, drafts and published, newest opening first")
    public Page<CallView> operated(@Valid @BeanParam Paging paging) {
        return service.operated(actor.get(), paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A published call, or a draft call of the caller's sub-market")
    public CallView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @GET
    @Path("/{id}/challenges")
    @Authenticated
    @Operation(summary = "The challenges of a call: its operators see all with their actions, others the published")
    public Page<ChallengeView> challenges(@PathParam("id") UUID id, @Valid @BeanParam Paging paging) {
        return service.challengesOf(actor.get(), id, paging);
    }
}
