package gx.techmarket.bidding.call;

import gx.techmarket.bidding.challenge.ChallengeView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published calls and their published challenges for everyone, signed in or not; {@code actions} always empty. */
@Path("/public/calls")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "public", description = "What anyone may read without signing in")
public class PublicCallResource {

    @Inject
    CallService service;

    @GET
    @Operation(summary = "Published calls (榜单批次) without signing in, newest opening first")
    public Page<CallView> list(@Valid @BeanParam Paging paging) {
        return service.publicList(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published call without signing in; a draft is not found")
    public CallView get(@PathParam("id") UUID id) {
        return service.publicGet(id);
    }

    @GET
    @Path("/{id}/challenges")
    @Operation(summary = "The published challenges of a published call, without signing in")
    public Page<ChallengeView> challenges(@PathParam("id") UUID id, @Valid @BeanParam Paging paging) {
        return service.publicChallenges(id, paging);
    }
}
