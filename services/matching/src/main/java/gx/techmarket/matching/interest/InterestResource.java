package gx.techmarket.matching.interest;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 意向洽谈: expressions of interest in published results and demands, and the conversations they open. */
@Path("/interests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "interests", description = "意向洽谈 expressions of interest")
public class InterestResource {

    @Inject
    InterestService service;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "表达意向: open a conversation with the owner of a listed result or demand (verified "
            + "organisation, not the owner; one open conversation per listing and organisation, else 409)")
    public Response express(@Valid @NotNull InterestRequest request) {
        InterestView view = service.express(actor.get(), request);
        return Response.created(URI.create("/interests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "The conversations of the caller's organisation (role sent, received, brokered or all; "
            + "state OPEN or CLOSED), last written first")
    public Page<InterestView> mine(
            @QueryParam("role") @DefaultValue("all") @Pattern(regexp = InterestRepository.ROLES) String role,
            @QueryParam("state") InterestState state,
            @Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), role, state, paging);
    }

    @GET
    @Path("/counts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Operators: how many conversations per region and state in the caller's sub-market "
            + "(never who or what)")
    public List<InterestCount> counts() {
        return service.counts(actor.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "A conversation with every entry and the caller's actions (its parties only, else 404)")
    public InterestView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "Write a message (any party, while open); the owner's first answers the interest")
    public InterestView write(@PathParam("id") UUID id, @Valid @NotNull MessageRequest request) {
        return service.write(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "The owner's side shares a contact (a phone, an e-mail address or both), as it is now")
    public InterestView shareContact(@PathParam("id") UUID id, @Valid @NotNull ContactRequest request) {
        return service.shareContact(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/broker")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "Either side invites a verified broker organisation (one per conversation)")
    public InterestView inviteBroker(@PathParam("id") UUID id, @Valid @NotNull BrokerRequest request) {
        return service.inviteBroker(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY, Roles.BROKER})
    @Operation(summary = "Either side closes the conversation (final)")
    public InterestView close(@PathParam("id") UUID id) {
        return service.close(actor.get(), id);
    }
}
